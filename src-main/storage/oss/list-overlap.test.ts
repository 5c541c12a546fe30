// listAll overlaps paging with parsing (issue #10): the next page is requested as soon as this
// page's NextContinuationToken is read, before any of its rows are parsed, even when the whole
// page arrives in one chunk (the server then works on the next page while we parse this one).
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Transport, type TransportRequest } from '../transport';
import { createOssClient } from './client';
import { XmlStream } from './xml';

const config = {
  provider: 'oss' as const, endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'path' as const,
  accessKeyId: 'AK', accessKeySecret: 'secret-secret', maxRetries: 0,
};
const entry = (i: number) => `<Contents><Key>dir%2Fk${i}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;E&quot;</ETag><Type>Normal</Type><Size>1</Size><StorageClass>Standard</StorageClass></Contents>`;
const page = (rows: number[], token?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>b</Name><EncodingType>url</EncodingType><IsTruncated>${token ? 'true' : 'false'}</IsTruncated>` +
  `${token ? `<NextContinuationToken>${token}</NextContinuationToken>` : ''}<KeyCount>${rows.length}</KeyCount>${rows.map(entry).join('')}</ListBucketResult>`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OSS listAll overlap', () => {
  it('requests page 2 before parsing any row of page 1, which came in one chunk', async () => {
    const first = page([...Array(1000).keys()], 'next%2Fpage');
    let parsedChars = 0;
    const write = XmlStream.prototype.write;
    vi.spyOn(XmlStream.prototype, 'write').mockImplementation(function (this: XmlStream, chunk: string) {
      parsedChars += chunk.length;
      write.call(this, chunk);
    });
    const requests: TransportRequest[] = [];
    let parsedWhenPage2Asked = -1;
    const transport: Transport = async (req) => {
      requests.push(req);
      if (requests.length === 2) parsedWhenPage2Asked = parsedChars;
      const body = requests.length === 1 ? first : page([1000, 1001]);
      return { status: 200, headers: {}, body: Readable.from([Buffer.from(body)]) };
    };
    const client = createOssClient(config, { transport, sleep: async () => {} });
    const keys: string[] = [];
    for await (const p of client.listAll({ bucket: 'b', prefix: 'dir/' })) keys.push(...p.objects.map((o) => o.key));
    expect(keys).toHaveLength(1002);
    expect(keys[1001]).toBe('dir/k1001');
    expect(requests[1]?.path).toContain('continuation-token=next%2Fpage');
    expect(parsedWhenPage2Asked).toBeGreaterThan(0);
    expect(parsedWhenPage2Asked).toBeLessThan(first.indexOf('<Contents>'));
  });

  it('listObjects alone (no listing running ahead) parses the same page in full', async () => {
    const transport: Transport = async () => ({ status: 200, headers: {}, body: Readable.from([Buffer.from(page([1, 2], 'tok'))]) });
    const client = createOssClient(config, { transport, sleep: async () => {} });
    const p = await client.listObjects({ bucket: 'b' });
    expect(p.objects.map((o) => o.key)).toEqual(['dir/k1', 'dir/k2']);
    expect(p.nextCursor).toBe('tok');
  });
});
