// Test support for large bodies: a deterministic byte pattern generated chunk by chunk (so a
// 256 MiB upload never exists whole in the test either), raw HTTP requests that stream a body
// out and hash the answer as it comes in, and the resident memory of a child process.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { Crc64 } from './integrity/crc64';
import type { SignedRequest } from './test-client';

export const MiB = 1024 * 1024;

const BASE = (() => {
  const b = Buffer.alloc(MiB);
  let x = 0x9e3779b9;
  for (let i = 0; i < b.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
})();

/** Chunk k of the pattern: the base MiB with k in its first 8 bytes (so no two MiB are equal). */
function patternChunk(k: number): Buffer {
  const c = Buffer.from(BASE);
  c.writeBigUInt64BE(BigInt(k), 0);
  return c;
}

/** The pattern's first `total` bytes, one MiB at a time. */
export function* patternChunks(total: number): Generator<Buffer> {
  for (let k = 0; k * MiB < total; k++) {
    const c = patternChunk(k);
    yield (k + 1) * MiB > total ? c.subarray(0, total - k * MiB) : c;
  }
}

/** Bytes `start..end` (inclusive) of the pattern. */
export function patternSlice(start: number, end: number): Buffer {
  const out: Buffer[] = [];
  for (let k = Math.floor(start / MiB); k * MiB <= end; k++) {
    const c = patternChunk(k);
    out.push(c.subarray(Math.max(0, start - k * MiB), Math.min(MiB, end - k * MiB + 1)));
  }
  return Buffer.concat(out);
}

export function digestsOf(chunks: Iterable<Buffer>): { md5: string; crc64: string; size: number } {
  const md5 = crypto.createHash('md5');
  const crc = new Crc64();
  let size = 0;
  for (const c of chunks) {
    md5.update(c);
    crc.update(c);
    size += c.length;
  }
  return { md5: md5.digest('hex'), crc64: crc.value(), size };
}

export interface StreamAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  size: number;
  md5: string;
  /** The answer's first 64 KB as text (error bodies, XML). */
  text: string;
}

/** Sends `signed` with `body` streamed out (Content-Length: its total) and hashes the answer as it arrives. */
export function streamRequest(signed: SignedRequest, body?: { chunks: Iterable<Buffer>; length: number }, agent?: http.Agent): Promise<StreamAnswer> {
  const u = new URL(signed.url);
  const headers = { ...signed.headers, ...(body && { 'content-length': String(body.length) }) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: signed.method, headers, agent }, (res) => {
      const md5 = crypto.createHash('md5');
      let size = 0;
      let text = '';
      res.on('data', (c: Buffer) => {
        md5.update(c);
        size += c.length;
        if (text.length < 65536) text += c.toString('utf8');
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, size, md5: md5.digest('hex'), text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (!body) return void req.end();
    const it = body.chunks[Symbol.iterator]();
    const pump = (): void => {
      for (;;) {
        const next = it.next();
        if (next.done) return void req.end();
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}

/** Resident set size of process `pid` in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) * 1024;
}

/** Samples `pid`'s RSS every `everyMs` until stopped; `stop()` gives the highest seen. */
export function sampleRss(pid: number, everyMs = 50): { stop(): number } {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
    } catch {
      // the process is gone; keep what was seen
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      try {
        peak = Math.max(peak, rssOf(pid));
      } catch {
        // as above
      }
      return peak;
    },
  };
}

export const HUGE = 512 * 1024 * 1024;

/**
 * Starts a request that declares `declared` bytes (default 512 MB), sends 1 MiB of them and waits
 * for the server's answer: a server that reads (or buffers) the body first never answers in time.
 */
export function hugePut(signed: SignedRequest, declared = HUGE): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders; sentBytes: number; ms: number }> {
  const u = new URL(signed.url);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    const headers = { host: u.host, ...signed.headers, 'content-length': String(declared) };
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: signed.method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers, sentBytes, ms: Date.now() - started });
      });
    });
    req.on('error', (e) => (sentBytes > 0 ? undefined : reject(e)));
    const chunk = Buffer.alloc(MiB, 0x61);
    req.write(chunk, () => (sentBytes += chunk.length));
    // The rest never comes: a server waiting for it would not answer before this timer.
    setTimeout(() => req.destroy(), 10_000).unref();
  });
}
