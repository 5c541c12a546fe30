import { describe, expect, it } from 'vitest';
import { initiateWithoutOrphans } from './initiate-without-orphans';
import type { PendingUpload } from './types';

/** A service whose first `lost` initiate answers never arrive (the upload is made all the same). */
function service(options: { lost: number; listRefused?: boolean; existing?: PendingUpload[] }) {
  const uploads: PendingUpload[] = [...(options.existing ?? [])];
  let lost = options.lost;
  let n = 0;
  const api = {
    async initiateMultipart(input: { bucket: string; key: string }): Promise<{ uploadId: string }> {
      const uploadId = `u${++n}`;
      uploads.push({ key: input.key, uploadId, initiated: new Date().toISOString() });
      // The client's own retries: an answer lost is tried again, up to three attempts.
      if (lost > 0 && n <= 3) {
        lost--;
        return api.initiateMultipart(input);
      }
      return { uploadId };
    },
    async listMultipartUploads(_bucket: string, prefix = '') {
      if (options.listRefused) throw new Error('AccessDenied');
      return uploads.filter((u) => u.key.startsWith(prefix));
    },
    async abortMultipart(_bucket: string, key: string, uploadId: string) {
      const i = uploads.findIndex((u) => u.key === key && u.uploadId === uploadId);
      if (i >= 0) uploads.splice(i, 1);
    },
  };
  return { api, uploads };
}

describe('initiateWithoutOrphans', () => {
  it('aborts the uploads made by attempts whose answer was lost and keeps its own', async () => {
    const s = service({ lost: 2 });
    const id = await initiateWithoutOrphans(s.api, { bucket: 'b', key: 'big.bin' });
    expect(id).toBe('u3');
    expect(s.uploads.map((u) => u.uploadId)).toEqual(['u3']);
  });

  it("leaves other keys' uploads and uploads that were there before alone", async () => {
    const before: PendingUpload[] = [
      { key: 'big.bin', uploadId: 'earlier', initiated: '2026-01-01T00:00:00Z' },
      { key: 'big.bin.2', uploadId: 'sibling', initiated: '2026-01-01T00:00:00Z' },
    ];
    const s = service({ lost: 1, existing: before });
    const id = await initiateWithoutOrphans(s.api, { bucket: 'b', key: 'big.bin' });
    expect(s.uploads.map((u) => u.uploadId).sort()).toEqual(['earlier', id, 'sibling'].sort());
  });

  it('still uploads when listing uploads is not allowed (no clean-up then)', async () => {
    const s = service({ lost: 0, listRefused: true });
    expect(await initiateWithoutOrphans(s.api, { bucket: 'b', key: 'k' })).toBe('u1');
  });

  it('aborts the strays when every attempt failed', async () => {
    const s = service({ lost: 0 });
    const failing = { ...s.api, initiateMultipart: async (input: { bucket: string; key: string }) => {
      await s.api.initiateMultipart(input);
      throw new Error('NetworkError');
    } };
    await expect(initiateWithoutOrphans(failing, { bucket: 'b', key: 'k' })).rejects.toThrow('NetworkError');
    expect(s.uploads).toEqual([]);
  });
});
