// HTTP plumbing shared by both providers: request bodies read on demand, query parsing, fault
// injection, streamed answers, and a catch-all so that no malformed request can crash or hang
// the emulator. Order matters: the concurrency cap and the signature (headers only) are checked
// before the body is read, and handlers read it only after their own checks, so a refused
// upload costs no memory; an accepted one streams to its blob (blob-store.ts).
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { EmulatorError, toEmulatorError } from './errors';
import { strictDecode } from './decode';
import { corruptChecksums, type Faults } from './faults';
import type { EmuRequest, EmuResponse, ProviderRouter, QueryPair, RequestBody } from './http-types';
import { tooLarge } from './blob-store';
import type { BodyStream } from './stored-body';

/** Largest XML/JSON request body (a 10,000-part Complete is ~1 MB, a 1,000-key delete ~3 MB). */
export const SMALL_BODY_LIMIT = 16 * 1024 * 1024;

/** Requests in flight at once per endpoint; beyond it the provider's 503 (as the services do). */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 256;
/** An early answer (403, 503) to a body up to this size lets Node discard the rest and keep the connection. */
const SMALL_BODY = 1024 * 1024;

export function parseQuery(raw: string): QueryPair[] {
  if (!raw) return [];
  const pairs: QueryPair[] = [];
  for (const part of raw.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? '' : part.slice(eq + 1);
    pairs.push({ key: strictDecode(k.replace(/\+/g, ' ')), value: strictDecode(v.replace(/\+/g, ' ')), bare: eq < 0 });
  }
  return pairs;
}

function collectHeaders(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (values) out[name] = values.join(',');
  }
  return out;
}

/** The request's body, read only when a handler asks for it (see http-types RequestBody). */
function requestBody(req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean): RequestBody {
  const declared = req.headers['content-length'];
  const declaredLength = declared === undefined ? undefined : Number(declared);
  let taken = false;
  async function* chunks(): AsyncIterable<Buffer> {
    if (taken) throw new Error('the request body is read once');
    taken = true;
    // `Expect: 100-continue`: the client waits for this before it sends the body, so every
    // refusal before this point cost it nothing (as the services answer).
    if (expectsContinue) res.writeContinue();
    // Not destroyed when a handler stops early (too large, a bad part): it answers, then closes.
    for await (const c of req.iterator({ destroyOnReturn: false })) yield c as Buffer;
    // A client that disconnects mid-body must not be taken for a short body.
    if (!req.complete) throw new EmulatorError(400, 'IncompleteBody', 'The request body ended early.');
  }
  return {
    declaredLength,
    chunks,
    async bytes() {
      if (declaredLength !== undefined && declaredLength > SMALL_BODY_LIMIT) throw tooLarge(SMALL_BODY_LIMIT);
      const parts: Buffer[] = [];
      let size = 0;
      for await (const c of chunks()) {
        size += c.length;
        if (size > SMALL_BODY_LIMIT) throw tooLarge(SMALL_BODY_LIMIT);
        parts.push(c);
      }
      return Buffer.concat(parts);
    },
  };
}

/** True when the declared body is large or of unknown length (chunked): not worth draining. */
function hasLargeBody(req: http.IncomingMessage): boolean {
  const length = Number(req.headers['content-length'] ?? (req.headers['transfer-encoding'] ? Infinity : 0));
  return !(length <= SMALL_BODY);
}

async function respond(router: ProviderRouter, faults: Faults, req: http.IncomingMessage, res: http.ServerResponse, overloaded: boolean, expectsContinue: boolean): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const emu: EmuRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    rawPath: q < 0 ? url : url.slice(0, q),
    rawQuery: q < 0 ? '' : url.slice(q + 1),
    query: [],
    headers: collectHeaders(req),
    host: req.headers.host ?? '',
    body: requestBody(req, res, expectsContinue),
    requestId: router.newRequestId(),
  };
  let out: EmuResponse;
  const decision = faults.decide(emu);
  try {
    if (overloaded) throw router.overloaded();
    await faults.delay();
    if (decision.status) {
      const code = decision.status === 503 ? 'ServiceUnavailable' : 'InternalError';
      throw new EmulatorError(decision.status, code, 'Injected fault.');
    }
    emu.query = parseQuery(emu.rawQuery);
    const run = router.prepare(emu); // throws on a bad signature: the body stays unread
    out = await run(); // handlers read the body after their own checks
  } catch (e) {
    out = router.renderError(toEmulatorError(e), emu);
  }
  out.headers[router.requestIdHeader] = emu.requestId;
  // Answered before a large body was read: close instead of reading the rest of it.
  if (!req.complete && hasLargeBody(req)) out.headers.connection = 'close';
  if (faults.corruptsChecksums(emu)) corruptChecksums(out.headers);
  send(req, res, emu, out, decision.drop);
}

/**
 * Node writes header strings as latin1 and rejects control characters: send UTF-8 values
 * (e.g. a CJK response-content-disposition) as their raw bytes, and drop CR/LF/NUL.
 */
function headerValue(v: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = v.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\xff]/.test(clean) ? Buffer.from(clean, 'utf8').toString('latin1') : clean;
}

const isBodyStream = (b: EmuResponse['body']): b is BodyStream => typeof b === 'object' && !Buffer.isBuffer(b);

function send(req: http.IncomingMessage, res: http.ServerResponse, emu: EmuRequest, out: EmuResponse, drop: boolean): void {
  const headers: Record<string, string> = { server: 'Symbucket-Emulator', date: new Date().toUTCString() };
  for (const [k, v] of Object.entries(out.headers)) headers[k] = headerValue(v);
  if (isBodyStream(out.body)) {
    sendStream(req, res, emu, out.status, headers, out.body, drop);
    return;
  }
  const body = out.body === undefined ? undefined : Buffer.isBuffer(out.body) ? out.body : Buffer.from(out.body);
  if (body && headers['content-length'] === undefined) headers['content-length'] = String(body.length);
  if (!body && emu.method !== 'HEAD' && headers['content-length'] === undefined) headers['content-length'] = '0';
  if (drop) {
    // Dropped connection: headers and half the body, then the socket dies.
    res.writeHead(out.status, headers);
    if (body && body.length > 1) res.write(body.subarray(0, body.length >> 1));
    setImmediate(() => req.socket.destroy());
    return;
  }
  res.writeHead(out.status, headers);
  res.end(emu.method === 'HEAD' ? undefined : body);
}

/** A stored body read from disk as it goes out (backpressure from the socket); dropped: half of it. */
function sendStream(req: http.IncomingMessage, res: http.ServerResponse, emu: EmuRequest, status: number, headers: Record<string, string>, body: BodyStream, drop: boolean): void {
  headers['content-length'] ??= String(body.length);
  const stream = body.open();
  res.writeHead(status, headers);
  if (emu.method === 'HEAD') {
    stream.destroy();
    res.end();
    return;
  }
  if (!drop) {
    pipeline(stream, res, (err) => {
      if (err) req.socket.destroy();
    });
    return;
  }
  const half = body.length >> 1;
  let sent = 0;
  const cut = (): void => {
    stream.destroy();
    setImmediate(() => req.socket.destroy());
  };
  if (half === 0) return cut();
  stream.on('data', (c: Buffer) => {
    const piece = c.subarray(0, half - sent);
    sent += piece.length;
    if (!res.write(piece) && sent < half) {
      stream.pause();
      res.once('drain', () => stream.resume());
    }
    if (sent >= half) cut();
  });
  stream.on('error', cut);
}

/** PEM key and certificate: serve HTTPS (e.g. a generated self-signed certificate in a TLS test). */
export interface TlsSettings {
  key: string;
  cert: string;
}

export interface ListeningServer {
  server: http.Server | https.Server;
  port: number;
  /** TCP connections accepted so far (keep-alive tests count them). */
  connections(): number;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Requests in flight at once; more are answered with the provider's 503 (default 256). */
  maxConcurrentRequests?: number;
  /** Serve HTTPS with this key and certificate. */
  tls?: TlsSettings;
}

export async function startServer(router: ProviderRouter, faults: Faults, port: number, options: ServerOptions = {}): Promise<ListeningServer> {
  const maxConcurrent = options.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS;
  let inFlight = 0;
  const handle = (req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
    respond(router, faults, req, res, inFlight > maxConcurrent, expectsContinue).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => handle(req, res, false);
  const { tls } = options;
  const server = tls ? https.createServer({ maxHeaderSize: 64 * 1024, key: tls.key, cert: tls.cert }, onRequest) : http.createServer({ maxHeaderSize: 64 * 1024 }, onRequest);
  // Without this listener Node would send `100 Continue` before any check ran.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => handle(req, res, true));
  server.on('clientError', (_err, socket) => {
    const id = `${router.requestIdHeader}: ${router.newRequestId()}`;
    if (socket.writable) socket.end(`HTTP/1.1 400 Bad Request\r\n${id}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  let connections = 0;
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
