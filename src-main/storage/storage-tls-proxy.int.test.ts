// TLS errors and proxies against the emulator served over HTTPS with a generated self-signed
// certificate: an untrusted, expired or other-host certificate is its own error (TlsError ->
// TLS_ERROR), never retried; HTTPS_PROXY is honoured through a tiny CONNECT proxy on loopback,
// and NO_PROXY bypasses it (undici EnvHttpProxyAgent, as curl and most CLIs read these).
import http from 'node:http';
import net from 'node:net';
import { type AddressInfo, type LookupFunction } from 'node:net';
import selfsigned from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { toAppError } from '../errors';
import { createStorageClient } from './create-client';
import { storageFailure } from './testing/storage-failure';
import { emulatorConfig } from './testing/emulator-configs';
import { createUndiciTransport, type Transport } from './transport';

let emu: RunningEmulator;
let cert: string;
let mismatchEmu: RunningEmulator;
let mismatchCert: string;
let expiredEmu: RunningEmulator;
let expiredCert: string;
let proxy: http.Server;
let proxyUrl: string;
const tunnels: string[] = [];

async function certificate(altNames: { type: 2 | 7; value?: string; ip?: string }[], validity: { notBeforeDate?: Date; notAfterDate?: Date } = {}) {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'symbucket-test' }], {
    keySize: 2048,
    algorithm: 'sha256',
    ...validity,
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}

beforeAll(async () => {
  const good = await certificate([{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }, { type: 2, value: 'oss-test.example.test' }]);
  cert = good.cert;
  emu = await startEmulator({ seed: 'demo', tls: good });
  const other = await certificate([{ type: 2, value: 'other.example.test' }]);
  mismatchCert = other.cert;
  mismatchEmu = await startEmulator({ seed: 'demo', tls: other });
  const day = 86_400_000;
  const expired = await certificate([{ type: 7, ip: '127.0.0.1' }], { notBeforeDate: new Date(Date.now() - 400 * day), notAfterDate: new Date(Date.now() - 30 * day) });
  expiredCert = expired.cert;
  expiredEmu = await startEmulator({ seed: 'demo', tls: expired });
  // The smallest CONNECT proxy: records each tunnel and pipes bytes both ways.
  proxy = http.createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, socket, head) => {
    tunnels.push(req.url ?? '');
    // Every name is the emulator here (the proxy does the name resolution, as real ones do).
    const port = (req.url ?? '').split(':').at(-1);
    const upstream = net.connect(Number(port), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await emu?.close();
  await mismatchEmu?.close();
  await expiredEmu?.close();
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
});

function attempts(transport: Transport): { transport: Transport; count: () => number } {
  let n = 0;
  return { count: () => n, transport: (req) => (n++, transport(req)) };
}

describe('TLS errors', () => {
  it('reports an untrusted (self-signed) certificate as TLS_ERROR after one attempt', async () => {
    const wire = createUndiciTransport({ env: {} });
    const seen = attempts(wire.transport);
    const client = createStorageClient(emulatorConfig(emu, 'oss-v4', { maxRetries: 3 }), { transport: seen.transport, sleep: async () => {} });
    const e = await storageFailure(client.listBuckets());
    expect(e.code).toBe('TlsError');
    expect(toAppError(e)).toMatchObject({ code: 'TLS_ERROR' });
    expect(toAppError(e).message).toMatch(/certificate/);
    expect(seen.count()).toBe(1);
    await wire.close();
  });

  it('reports a certificate for another host name as TLS_ERROR, even when its issuer is trusted', async () => {
    const wire = createUndiciTransport({ env: {}, ca: mismatchCert });
    const e = await storageFailure(createStorageClient(emulatorConfig(mismatchEmu, 'bos'), { transport: wire.transport }).listBuckets());
    expect(e.code).toBe('TlsError');
    expect(e.message).toMatch(/ALTNAME|hostname|altnames/i);
    await wire.close();
  });

  it('reports an expired certificate as TLS_ERROR, even when it is trusted', async () => {
    const wire = createUndiciTransport({ env: {}, ca: expiredCert });
    const seen = attempts(wire.transport);
    const e = await storageFailure(createStorageClient(emulatorConfig(expiredEmu, 'oss-v4', { maxRetries: 3 }), { transport: seen.transport, sleep: async () => {} }).listBuckets());
    expect(e.code).toBe('TlsError');
    expect(e.message).toMatch(/expired/i);
    expect(toAppError(e).code).toBe('TLS_ERROR');
    expect(seen.count()).toBe(1);
    await wire.close();
  });

  it('works once the certificate is trusted', async () => {
    const wire = createUndiciTransport({ env: {}, ca: cert });
    const buckets = await createStorageClient(emulatorConfig(emu, 'oss-v1'), { transport: wire.transport }).listBuckets();
    expect(buckets.map((b) => b.name)).toContain('demo-oss');
    await wire.close();
  });
});

describe('proxies on plain Node', () => {
  // A remote name (only the proxy can reach it), so the request has to take the tunnel; `oss-`
  // makes the emulator read it as a service endpoint (path-style), like oss-<region>.aliyuncs.com.
  const remote = (url: string) => `https://oss-test.example.test:${new URL(url).port}`;

  it('tunnels through HTTPS_PROXY with CONNECT', async () => {
    tunnels.length = 0;
    const wire = createUndiciTransport({ env: { HTTPS_PROXY: proxyUrl }, ca: cert });
    const page = await createStorageClient(emulatorConfig(emu, 'oss-v4', { endpoint: remote(emu.oss) }), { transport: wire.transport }).listObjects({ bucket: 'demo-oss' });
    expect(page.objects.length + page.folders.length).toBeGreaterThan(0);
    expect(tunnels).toEqual([new URL(remote(emu.oss)).host]);
    await wire.close();
  });

  it('bypasses the proxy for hosts in NO_PROXY, and always for loopback', async () => {
    tunnels.length = 0;
    const lookup: LookupFunction = (_h, o, cb) => (typeof o === 'object' && o.all ? (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4));
    const wire = createUndiciTransport({ env: { HTTPS_PROXY: proxyUrl, NO_PROXY: '.example.test' }, ca: cert, lookup });
    await createStorageClient(emulatorConfig(emu, 'oss-v4', { endpoint: remote(emu.oss) }), { transport: wire.transport }).listBuckets();
    await createStorageClient(emulatorConfig(emu, 'oss-v1'), { transport: wire.transport }).listBuckets();
    expect(tunnels).toEqual([]);
    await wire.close();
  });
});
