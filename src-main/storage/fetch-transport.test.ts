// The Electron wire (net.fetch) behind the transport seam, with a recording fetch stand-in:
// Chromium owns Host and Content-Length, bodies stream both ways, net::ERR_* become codes.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createFetchTransport, netErrorCode, type FetchLike } from './fetch-transport';
import { createHttpClient } from './http';
import { SigningClock } from './clock';
import { StorageError } from './errors';
import { readBody } from './transport';

const base = { origin: 'https://bkt.oss-cn-hangzhou.aliyuncs.com', signal: new AbortController().signal, timeoutMs: 1000 };

describe('createFetchTransport', () => {
  it('sends method, URL, headers and body; hands back status, lower-case headers and the body stream', async () => {
    const calls: { url: string; init: Parameters<FetchLike>[1] }[] = [];
    const fetchFn: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return new Response('pong', { status: 206, headers: { ETag: '"e1"', 'X-Oss-Request-Id': 'RID' } });
    };
    const res = await createFetchTransport(fetchFn)({
      ...base,
      method: 'PUT',
      path: '/a%20b.txt?symlink',
      headers: { host: 'bkt.oss-cn-hangzhou.aliyuncs.com', 'content-length': '4', authorization: 'OSS4 x', 'x-oss-meta-a': '1' },
      body: Buffer.from('ping'),
    });
    expect(calls[0]!.url).toBe('https://bkt.oss-cn-hangzhou.aliyuncs.com/a%20b.txt?symlink');
    expect(calls[0]!.init.method).toBe('PUT');
    expect(calls[0]!.init.headers).toEqual({ authorization: 'OSS4 x', 'x-oss-meta-a': '1' });
    expect(calls[0]!.init.redirect).toBe('manual');
    expect(Buffer.from(calls[0]!.init.body as Uint8Array).toString()).toBe('ping');
    expect(res.status).toBe(206);
    expect(res.headers).toMatchObject({ etag: '"e1"', 'x-oss-request-id': 'RID' });
    expect((await readBody(res.body)).toString()).toBe('pong');
  });

  it('streams a request body with duplex "half"', async () => {
    let sent = '';
    const fetchFn: FetchLike = async (_url, init) => {
      expect(init.duplex).toBe('half');
      sent = await new Response(init.body as ReadableStream).text();
      return new Response(null, { status: 200 });
    };
    await createFetchTransport(fetchFn)({ ...base, method: 'PUT', path: '/k', headers: {}, body: Readable.from([Buffer.from('st'), Buffer.from('ream')]) });
    expect(sent).toBe('stream');
  });

  it("turns Chromium's net::ERR_CERT_* into a TlsError and other net errors into NetworkError", async () => {
    expect(netErrorCode(new TypeError('net::ERR_CERT_AUTHORITY_INVALID'))).toBe('ERR_CERT_AUTHORITY_INVALID');
    const failing = (message: string): FetchLike => async () => {
      throw new TypeError(message);
    };
    const send = (message: string) =>
      createHttpClient({ provider: 'bos', transport: createFetchTransport(failing(message)), clock: new SigningClock(), parseError: () => new StorageError({ code: 'X', status: 500, provider: 'bos', message: '' }), retry: { maxRetries: 0 } })
        .send({ build: () => ({ method: 'GET', origin: base.origin, path: '/', headers: {} }), consume: async () => 1 })
        .catch((e: StorageError) => e.code);
    expect(await send('net::ERR_CERT_DATE_INVALID')).toBe('TlsError');
    expect(await send('net::ERR_CERT_COMMON_NAME_INVALID')).toBe('TlsError');
    expect(await send('net::ERR_CONNECTION_REFUSED')).toBe('NetworkError');
  });
});
