// ali-oss's real-service symlink/head cases (ali-sdk/ali-oss @fa263d2 test/node/object.test.js:
// symlink() "Should put and get Symlink" line 2602, head() "error detail from header" line 571 and
// "should head not exists object throw NoSuchKeyError" line 587), replayed: ali-oss itself sends
// each request to a loopback recorder, our client sends the same call through a stub transport, and
// the two requests must agree; both read the same answer (the shape those tests assert of the real
// service; error bodies as the Go SDK v2 mock records them), and our parse must match ali-oss's.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliOss } from '../../emulator/test-oracles';
import { createOssClient } from './oss/client';
import { storageFailure } from './testing/storage-failure';
import { type StubReply, stubTransport } from './testing/stub-transport';
import { type TransportRequest } from './transport';
import { type ClientConfig } from './types';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
}

let server: http.Server;
let reply: StubReply = { status: 200 };
const seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers as Record<string, string> });
    req.resume();
    req.on('end', () => {
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(req.method === 'HEAD' ? undefined : reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const port = (): number => (server.address() as { port: number }).port;

describe.each([
  ['V1', false],
  ['V4', true],
])('ali-oss %s and our client send the same requests and read the same answers', (name, v4) => {
  // ali-oss with an IP endpoint sends virtual-hosted requests (Host: <bucket>.oss-<region>...) to it.
  const ali = () => aliOss({ endpoint: `http://127.0.0.1:${port()}`, region: 'oss-cn-hangzhou', accessKeyId: 'ak', accessKeySecret: 'sk', bucket: 'bucket', authorizationV4: v4 });
  const ours = (answer: StubReply) => {
    const config: ClientConfig = { provider: 'oss', endpoint: 'http://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'virtual-host', signatureVersion: v4 ? 'v4' : 'v1', accessKeyId: 'ak', accessKeySecret: 'sk', maxRetries: 0 };
    const stub = stubTransport(() => answer);
    return { client: createOssClient(config, { transport: stub.transport }), requests: stub.requests };
  };
  const theirs = async (answer: StubReply, call: () => Promise<unknown>): Promise<{ request: Seen; result: unknown }> => {
    reply = answer;
    seen.length = 0;
    const result = await call().catch((e: unknown) => e);
    return { request: seen[0]!, result };
  };
  /** Method, Host, path and query names: what addresses the request. */
  const addressOf = (method: string, host: string | undefined, url: string) => {
    const [path, query = ''] = url.split('?');
    return { method, host, path, query: query.split('&').filter(Boolean).map((p) => p.split('=')[0]).sort() };
  };
  const ourAddress = (r: TransportRequest) => addressOf(r.method, r.headers.host, r.path);

  const link = 'oss/symlink-软链接.js';
  const target = 'oss/target-测试.js';
  const meta = { uid: '1', slus: 'test.html' };

  it(`${name}: PutSymlink with storage class and meta`, async () => {
    const answer = { status: 200, headers: { 'x-oss-request-id': '5C3D9175B6FC201293AD****', etag: '"B070B9DEB1655BE905777D6DC856E6F1"' } };
    const { request } = await theirs(answer, () => ali().putSymlink(`/${link}`, `/${target}`, { storageClass: 'IA', meta }));
    const us = ours(answer);
    await us.client.putSymlink({ bucket: 'bucket', key: link, target, storageClass: 'IA', meta });
    const mine = us.requests[0]!;
    expect(ourAddress(mine)).toEqual(addressOf(request.method, request.headers.host, request.url));
    const wanted = ['x-oss-symlink-target', 'x-oss-storage-class', 'x-oss-meta-uid', 'x-oss-meta-slus'];
    const pick = (h: Record<string, string>) => Object.fromEntries(wanted.map((k) => [k, h[k]]));
    // ali-oss sends the target percent-encoded, `/` kept: oss/target-%E6%B5%8B%E8%AF%95.js.
    expect(pick(mine.headers)).toEqual(pick(request.headers));
    expect(mine.headers['x-oss-symlink-target']).toBe('oss/target-%E6%B5%8B%E8%AF%95.js');
  });

  it(`${name}: GetSymlink decodes the target as ali-oss does`, async () => {
    const answer = { status: 200, headers: { 'x-oss-request-id': 'R1', 'x-oss-symlink-target': 'oss/target-%E6%B5%8B%E8%AF%95.js', etag: '"0D9980D049C9256C927F8A46BC1BADCF"' } };
    const { request, result } = await theirs(answer, () => ali().getSymlink(`/${link}`));
    const us = ours(answer);
    const info = await us.client.getSymlink('bucket', link);
    expect(ourAddress(us.requests[0]!)).toEqual(addressOf(request.method, request.headers.host, request.url));
    expect(info.target).toBe((result as { targetName: string }).targetName);
    expect(info.target).toBe(target);
  });

  it(`${name}: HEAD on the link gives its type Symlink and the link's own meta`, async () => {
    const answer = { status: 200, headers: { 'x-oss-request-id': 'R2', 'x-oss-object-type': 'Symlink', 'x-oss-meta-uid': '1', 'x-oss-meta-slus': 'test.html', 'content-length': '1024', etag: '"5B3C1A2E053D763E1B002CC607C5A0FE"', 'last-modified': 'Sat, 12 Dec 2015 00:37:17 GMT' } };
    const { request, result } = await theirs(answer, () => ali().head(`/${link}`));
    const us = ours(answer);
    const head = await us.client.head('bucket', link);
    expect(ourAddress(us.requests[0]!)).toEqual(addressOf(request.method, request.headers.host, request.url));
    expect(head.meta).toEqual((result as { meta: Record<string, string> }).meta);
    expect(head.meta).toEqual(meta);
    expect(head.objectType).toBe('Symlink');
  });

  it(`${name}: HEAD errors (InvalidTargetType from x-oss-err, NoSuchKey) keep ali-oss's code and status`, async () => {
    const detail = (code: string, message: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n  <RequestId>6556FF5BD11E5536368607E8</RequestId>\n</Error>\n`).toString('base64');
    for (const [status, code, message] of [
      [400, 'InvalidTargetType', "The symbolic's target file type is invalid"],
      [404, 'NoSuchKey', 'The specified key does not exist.'],
    ] as const) {
      const answer = { status, headers: { 'x-oss-request-id': '6556FF5BD11E5536368607E8', 'x-oss-err': detail(code, message), 'x-oss-ec': code === 'NoSuchKey' ? '0026-00000001' : '0026-00000011' } };
      const { result } = await theirs(answer, () => ali().head('twoLinkName-temp.js'));
      const e = await storageFailure(ours(answer).client.head('bucket', 'twoLinkName-temp.js'));
      const their = result as { code: string; status: number; requestId: string };
      expect([e.code, e.status, e.requestId]).toEqual([their.code, their.status, their.requestId]);
      expect(e.code).toBe(code);
    }
  });
});
