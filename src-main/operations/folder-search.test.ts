import { describe, expect, it } from 'vitest';
import type { ListObjectsInput, ListObjectsPage, ObjectRow, StorageClient } from '../storage/types';
import { searchFolder, type SearchBatch } from './folder-search';

const row = (key: string): ObjectRow => ({ kind: key.endsWith('/') ? 'folder' : 'object', key, size: 1, lastModified: '', etag: '', storageClass: '' });

/** A client whose listAll yields these pages and records what it was asked. */
function pagedClient(pages: ListObjectsPage[], asked: Omit<ListObjectsInput, 'cursor'>[] = []): StorageClient {
  return {
    provider: 'oss',
    async *listAll(input: Omit<ListObjectsInput, 'cursor'>) {
      asked.push(input);
      for (const page of pages) yield page;
    },
  } as unknown as StorageClient;
}

const run = async (client: StorageClient, text: string, maxMatches = 100, recursive = false) => {
  const batches: SearchBatch[] = [];
  const summary = await searchFolder(client, { bucket: 'b', prefix: 'p/', text, recursive, maxMatches }, { signal: new AbortController().signal, onPage: (_c, b) => batches.push(b) });
  return { summary, keys: batches.flatMap((b) => [...b.folders, ...b.objects].map((r) => r.key)) };
};

describe('searchFolder', () => {
  it('cuts at the cap in key order across folders and files, and says it was cut', async () => {
    const client = pagedClient([{ folders: [row('p/b-x/'), row('p/d-x/')], objects: [row('p/'), row('p/a-x'), row('p/c-x'), row('p/e-x')] }]);
    const { summary, keys } = await run(client, 'X', 3);
    expect(keys).toEqual(['p/b-x/', 'p/a-x', 'p/c-x']);
    expect(summary).toEqual({ scanned: 5, matches: 3, pages: 1, truncated: true, cancelled: false });
  });

  it('exactly as many matches as the cap is not "cut"; the folder marker is neither scanned nor matched', async () => {
    const { summary } = await run(pagedClient([{ folders: [], objects: [row('p/'), row('p/x1'), row('p/x2')] }]), 'x', 2);
    expect(summary).toEqual({ scanned: 2, matches: 2, pages: 1, truncated: false, cancelled: false });
  });

  it('lists the folder level with the delimiter, or recursively without one', async () => {
    const asked: Omit<ListObjectsInput, 'cursor'>[] = [];
    await run(pagedClient([], asked), 'x');
    await run(pagedClient([], asked), 'x', 100, true);
    expect(asked[0]).toMatchObject({ bucket: 'b', prefix: 'p/', delimiter: '/' });
    expect(asked[1]).not.toHaveProperty('delimiter');
  });

  it('a failure that is not a cancel is thrown (the handler answers it as an error)', async () => {
    const client = {
      provider: 'bos',
      // eslint-disable-next-line require-yield -- fails before its first page
      async *listAll() {
        throw new Error('boom');
      },
    } as unknown as StorageClient;
    await expect(run(client, 'x')).rejects.toThrow('boom');
  });
});
