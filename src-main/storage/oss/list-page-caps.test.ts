// One ListObjectsV2 page is bounded (issue #13): no more rows than max-keys asked for, no more
// bytes than LIST_PAGE_BYTE_LIMIT, and such a page is InvalidResponse, final (never retried).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Transport, type TransportRequest } from '../transport';
import { LIST_PAGE_BYTE_LIMIT } from '../list-helpers';
import { createOssClient } from './client';

const config = {
  provider: 'oss' as const, endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'path' as const,
  accessKeyId: 'AK', accessKeySecret: 'secret-secret', maxRetries: 3,
};
const entry = (i: number) => `<Contents><Key>k${i}</Key><Size>1</Size><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>"E"</ETag></Contents>`;
const head = '<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>';

function clientWith(body: () => Readable) {
  const requests: TransportRequest[] = [];
  let produced = 0;
  const transport: Transport = async (req) => {
    requests.push(req);
    const stream = body();
    stream.on('data', (c: Buffer) => (produced += c.length));
    return { status: 200, headers: {}, body: stream };
  };
  return { c: createOssClient(config, { transport, sleep: async () => {} }), requests, produced: () => produced };
}

describe('ListObjectsV2 page caps', () => {
  it('accepts exactly max-keys entries, objects and folders together', async () => {
    const xml = head + entry(1) + entry(2) + '<CommonPrefixes><Prefix>d/</Prefix></CommonPrefixes></ListBucketResult>';
    const { c } = clientWith(() => Readable.from([Buffer.from(xml)]));
    const page = await c.listObjects({ bucket: 'b', maxKeys: 3 });
    expect(page.objects.length + page.folders.length).toBe(3);
  });

  it('refuses a page with more entries than max-keys as InvalidResponse, without a retry', async () => {
    const xml = head + entry(1) + entry(2) + '<CommonPrefixes><Prefix>d/</Prefix></CommonPrefixes></ListBucketResult>';
    const { c, requests } = clientWith(() => Readable.from([Buffer.from(xml)]));
    await expect(c.listObjects({ bucket: 'b', maxKeys: 2 })).rejects.toMatchObject({ code: 'InvalidResponse', message: expect.stringContaining('max-keys') });
    expect(requests).toHaveLength(1);
  });

  it('stops reading an endless page at the byte limit: InvalidResponse, one request', async () => {
    // One <Contents> whose <Key> text never ends: the row cap cannot stop it, the byte cap must.
    const { c, requests, produced } = clientWith(() =>
      Readable.from(
        (function* endless() {
          yield Buffer.from(head + '<Contents><Key>');
          const chunk = Buffer.alloc(64 * 1024, 'a');
          for (;;) yield chunk;
        })(),
      ),
    );
    await expect(c.listObjects({ bucket: 'b' })).rejects.toMatchObject({ code: 'InvalidResponse', message: expect.stringContaining('bytes') });
    expect(requests).toHaveLength(1);
    expect(produced()).toBeLessThan(LIST_PAGE_BYTE_LIMIT + 1024 * 1024);
  });
});
