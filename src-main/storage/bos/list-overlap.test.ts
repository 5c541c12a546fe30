// BOS listAll overlaps paging with parsing (issue #10): a nextMarker at the end of the body (where
// the emulator puts it) sends the next page's request before this page's JSON is parsed.
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Transport, type TransportRequest } from '../transport';
import { createBosClient } from './client';

const config = { provider: 'bos' as const, endpoint: 'https://bj.bcebos.com', region: 'bj', addressing: 'path' as const, accessKeyId: 'AK', accessKeySecret: 'secret-secret', maxRetries: 0 };
const entry = (i: number) => ({ key: `dir/k${i}`, lastModified: '2024-01-01T00:00:00Z', eTag: 'e', size: 1, storageClass: 'STANDARD' });
const page = (rows: number[], nextMarker?: string) =>
  JSON.stringify({ name: 'b', prefix: 'dir/', delimiter: '', marker: '', maxKeys: 1000, isTruncated: nextMarker !== undefined, contents: rows.map(entry), commonPrefixes: [], ...(nextMarker && { nextMarker }) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BOS listAll overlap', () => {
  it('requests page 2 before page 1 is parsed when nextMarker ends the body', async () => {
    const first = page([...Array(1000).keys()], 'dir/k999');
    const parse = JSON.parse;
    const parsedLengths: number[] = [];
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      parsedLengths.push(text.length);
      return parse(text, reviver);
    });
    const requests: TransportRequest[] = [];
    let page1ParsedWhenPage2Asked: boolean | undefined;
    const transport: Transport = async (req) => {
      requests.push(req);
      if (requests.length === 2) page1ParsedWhenPage2Asked = parsedLengths.includes(first.length);
      return { status: 200, headers: {}, body: Readable.from([Buffer.from(requests.length === 1 ? first : page([1000]))]) };
    };
    const client = createBosClient(config, { transport, sleep: async () => {} });
    const keys: string[] = [];
    for await (const p of client.listAll({ bucket: 'b', prefix: 'dir/' })) keys.push(...p.objects.map((o) => o.key));
    expect(keys).toHaveLength(1001);
    expect(requests[1]?.path).toContain('marker=dir%2Fk999');
    expect(page1ParsedWhenPage2Asked).toBe(false);
    expect(parsedLengths).toContain(first.length);
  });
});
