// The exact wire form of a request to a bucket's custom domain (CNAME), checked against the
// emulator's independent signature code:
//  - OSS: alibabacloud-oss-go-sdk-v2 @b3226d1 oss/client.go (UrlStyleCName: host = the domain, path
//    "/" + key, no bucket) while oss/signer/v1.go:142 and v4.go:123 still put the bucket in the
//    canonical resource / URI: Host = domain, path /key, V1/V4 signed over /bucket/key.
//  - BOS: bce-sdk-go @6916310 services/bos/api/util.go setUriAndEndpoint (CnameEnabled -> host =
//    the domain, getCnameUri drops the bucket) and auth/signer.go:103, which signs the URI as sent:
//    Host = domain, path /key, signed over /key.
import { describe, expect, it } from 'vitest';
import { bceCanonicalRequest, bceSignature, bceSigningKey } from '../../emulator/bos/auth';
import { v1Signature, v1StringToSign } from '../../emulator/oss/auth-v1';
import { v4CanonicalRequest, v4Signature, v4StringToSign } from '../../emulator/oss/auth-v4';
import { createBosClient } from './bos/client';
import { createOssClient } from './oss/client';
import { stubTransport } from './testing/stub-transport';
import { type TransportRequest } from './transport';
import { type ClientConfig } from './types';

const NOW = new Date('2026-03-20T08:00:00Z');
const KEY = 'dir/a b+c.jpg';
const WIRE_PATH = '/dir/a%20b%2Bc.jpg';
const base = { accessKeyId: 'AKID', accessKeySecret: 'SECRET', now: () => NOW, maxRetries: 0, customDomains: { photos: 'img.example.com' } };

function sent(client: 'oss-v1' | 'oss-v4' | 'bos'): Promise<TransportRequest> {
  const stub = stubTransport(() => ({ status: 200, headers: { 'content-length': '3', etag: '"e"' } }));
  const config: ClientConfig =
    client === 'bos'
      ? { ...base, provider: 'bos', endpoint: 'https://bj.bcebos.com', region: 'bj', addressing: 'virtual-host' }
      : { ...base, provider: 'oss', endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'virtual-host', signatureVersion: client === 'oss-v1' ? 'v1' : 'v4' };
  const c = client === 'bos' ? createBosClient(config, { transport: stub.transport }) : createOssClient(config, { transport: stub.transport });
  return c.head('photos', KEY).then(() => stub.requests[0]!);
}

const lower = (h: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

describe('custom domain wire form', () => {
  it('OSS V1: Host = the domain, path /key, signature over /bucket/key', async () => {
    const req = await sent('oss-v1');
    const h = lower(req.headers);
    expect([req.origin, h.host, req.path]).toEqual(['https://img.example.com', 'img.example.com', WIRE_PATH]);
    const expected = v1Signature('SECRET', v1StringToSign({ method: 'HEAD', headers: h, date: h.date!, bucket: 'photos', key: KEY, query: [] }));
    expect(h.authorization).toBe(`OSS AKID:${expected}`);
  });

  it('OSS V4: Host = the domain, path /key, canonical URI /bucket/key', async () => {
    const req = await sent('oss-v4');
    const h = lower(req.headers);
    expect([h.host, req.path]).toEqual(['img.example.com', WIRE_PATH]);
    const datetime = h['x-oss-date']!;
    const scope = `${datetime.slice(0, 8)}/cn-hangzhou/oss/aliyun_v4_request`;
    const additional = /AdditionalHeaders=([^,]+)/.exec(h.authorization!)?.[1]?.split(';') ?? [];
    const cr = v4CanonicalRequest({ method: 'HEAD', bucket: 'photos', key: KEY, query: [], headers: h, additionalHeaders: additional });
    expect(cr.split('\n')[1]).toBe('/photos/dir/a%20b%2Bc.jpg');
    expect(h.authorization).toContain(`Signature=${v4Signature('SECRET', datetime.slice(0, 8), 'cn-hangzhou', 'oss', v4StringToSign(datetime, scope, cr))}`);
  });

  it('BOS: Host = the domain, path /key without /v1/bucket, signed over the path as sent', async () => {
    const req = await sent('bos');
    const h = lower(req.headers);
    expect([req.origin, h.host, req.path]).toEqual(['https://img.example.com', 'img.example.com', WIRE_PATH]);
    const [, , , , signed] = h.authorization!.split('/');
    const prefix = h.authorization!.split('/').slice(0, 4).join('/');
    const cr = bceCanonicalRequest({ method: 'HEAD', uri: WIRE_PATH, query: [], headers: h, signedHeaders: signed!.split(';') });
    expect(h.authorization).toBe(`${prefix}/${signed}/${bceSignature(bceSigningKey('SECRET', prefix), cr)}`);
  });
});
