import { describe, expect, it, vi } from 'vitest';
import { createProfilesHandlers, type ProfilesPort } from './profiles';

describe('profiles handlers', () => {
  it('passes the insecure-storage consent of an import through, and nothing when absent', async () => {
    const importProfile = vi.fn(async () => ({}) as never);
    const handlers = createProfilesHandlers({ importProfile } as unknown as ProfilesPort);
    await handlers['profiles.import']({ source: 'env', name: 'From env', acceptInsecureStorage: true }, {});
    await handlers['profiles.import']({ source: 'ossutil', name: 'From ossutil' }, {});
    expect(importProfile).toHaveBeenNthCalledWith(1, 'env', 'From env', { acceptInsecureStorage: true });
    expect(importProfile).toHaveBeenNthCalledWith(2, 'ossutil', 'From ossutil', {});
  });

  it('passes the bucket to test through to the service, and nothing when absent', async () => {
    const test = vi.fn(async () => ({ bucketCount: 1 }));
    const handlers = createProfilesHandlers({ test } as unknown as ProfilesPort);
    await handlers['profiles.test']({ id: 'p1', bucket: 'only-this-bucket' }, {});
    await handlers['profiles.test']({ id: 'p2' }, {});
    expect(test).toHaveBeenNthCalledWith(1, 'p1', { bucket: 'only-this-bucket' });
    expect(test).toHaveBeenNthCalledWith(2, 'p2', {});
  });

  it('answers null after removing a profile', async () => {
    const remove = vi.fn();
    const handlers = createProfilesHandlers({ remove } as unknown as ProfilesPort);
    await expect(handlers['profiles.remove']({ id: 'x' }, {})).resolves.toBeNull();
    expect(remove).toHaveBeenCalledWith('x');
  });
});
