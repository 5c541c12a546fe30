import { describe, expect, it, vi } from 'vitest';
import type { StorageClient } from '../../storage/types';
import { createObjectsHandlers } from './objects';

const LIMITS = { oss: { multipartThreshold: 1024 ** 3, partSize: 64 * 1024 ** 2 }, bos: { multipartThreshold: 5 * 1024 ** 3, partSize: 64 * 1024 ** 2 } };

function fakeClient(overrides: Partial<StorageClient>): StorageClient {
  return { provider: 'bos', ...overrides } as StorageClient;
}

describe('objects handlers', () => {
  it('lists recursively when the delimiter is empty, folders first, and passes the cursor', async () => {
    const listObjects = vi.fn(async () => ({
      folders: [{ kind: 'folder' as const, key: 'x/a/', size: 0, lastModified: '', etag: '', storageClass: '' }],
      objects: [
        { kind: 'object' as const, key: 'x/b', size: 3, lastModified: '2026-01-01T00:00:00.000Z', etag: 'e', storageClass: 'STANDARD' },
        { kind: 'symlink' as const, key: 'x/c', size: 4, lastModified: 'garbled', etag: 'f', storageClass: 'STANDARD' },
      ],
      nextCursor: 'next',
    }));
    const handlers = createObjectsHandlers({ clientFor: async () => fakeClient({ listObjects }), invalidateLinks: vi.fn(), emit: vi.fn(), limits: LIMITS });
    const page = await handlers['objects.list']({ profileId: 'p', bucket: 'b', prefix: 'x/', maxKeys: 10, delimiter: '', cursor: 'c' }, {});
    expect(listObjects).toHaveBeenCalledWith({ bucket: 'b', prefix: 'x/', maxKeys: 10, cursor: 'c' });
    // Columns, names relative to the prefix, kinds and dates as numbers, classes as indexes.
    expect(page).toEqual({
      prefix: 'x/', nameText: 'a/bc', nameEnds: Uint32Array.of(2, 3, 4), kinds: Uint8Array.of(0, 1, 2), sizes: Float64Array.of(0, 3, 4), times: Float64Array.of(0, Date.UTC(2026, 0, 1), 0), etags: ['', 'e', 'f'],
      classes: Uint16Array.of(0, 1, 1), storageClasses: ['', 'STANDARD'], nextCursor: 'next',
    });
  });

  it('sends an etag (the link cache key) only for rows that may be links: OSS types its rows, BOS does not; no etags column when no row has one', async () => {
    const rows = { folders: [], objects: [{ kind: 'object' as const, key: 'o', size: 1, lastModified: '', etag: 'e1', storageClass: '' }, { kind: 'symlink' as const, key: 'l', size: 1, lastModified: '', etag: 'e2', storageClass: '' }] };
    const linkless = { ...rows, objects: rows.objects.filter((r) => r.kind === 'object') };
    for (const [provider, listing, etags] of [['oss', rows, ['', 'e2']], ['bos', rows, ['e1', 'e2']], ['oss', linkless, undefined], ['bos', linkless, ['e1']]] as const) {
      const handlers = createObjectsHandlers({ clientFor: async () => fakeClient({ provider, listObjects: async () => listing }), invalidateLinks: vi.fn(), emit: vi.fn(), limits: LIMITS });
      expect((await handlers['objects.list']({ profileId: 'p', bucket: 'b', prefix: '', maxKeys: 10, delimiter: '/' }, {})).etags).toEqual(etags);
    }
  });

  it('refuses a key shorter than the prefix even when the next key completes it', async () => {
    // Keys are checked in one joined string: 'x' then '/b' reads 'x/b' across the two.
    for (const objects of [[{ key: 'x' }, { key: '/b' }], [{ key: 'x/a' }, { key: 'x' }, { key: '/' }], [{ key: '' }, { key: 'x/' }]]) {
      const listing = { folders: [], objects: objects.map(({ key }) => ({ kind: 'object' as const, key, size: 1, lastModified: '', etag: '', storageClass: '' })) };
      const handlers = createObjectsHandlers({ clientFor: async () => fakeClient({ listObjects: async () => listing }), invalidateLinks: vi.fn(), emit: vi.fn(), limits: LIMITS });
      await expect(handlers['objects.list']({ profileId: 'p', bucket: 'b', prefix: 'x/', maxKeys: 10, delimiter: '/' }, {})).rejects.toMatchObject({ appError: { code: 'INVALID_RESPONSE' } });
    }
  });

  it('refuses a listing row outside the listed prefix instead of renaming it', async () => {
    const listObjects = vi.fn(async () => ({ folders: [], objects: [{ kind: 'object' as const, key: 'elsewhere', size: 1, lastModified: '', etag: '', storageClass: '' }] }));
    const handlers = createObjectsHandlers({ clientFor: async () => fakeClient({ listObjects }), invalidateLinks: vi.fn(), emit: vi.fn(), limits: LIMITS });
    await expect(handlers['objects.list']({ profileId: 'p', bucket: 'b', prefix: 'x/', maxKeys: 10, delimiter: '/' }, {})).rejects.toMatchObject({ appError: { code: 'INVALID_RESPONSE' } });
  });
});
