/** @vitest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUiStore } from '../../state/ui-store';
import { openBucket, rowNames, setupApp } from '../../test/render-app';

type ListInput = { bucket: string; prefix: string };
const listedPrefixes = (calls: unknown[]): string[] => (calls as ListInput[]).map((c) => `${c.bucket}/${c.prefix}`);

describe('the first page of a folder', () => {
  it('is asked for when the location changes, before React renders the new folder', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await waitFor(() => expect(rowNames(grid)).toContain('docs/'));
    expect(listedPrefixes(fake.callsOf('listObjects'))).not.toContain('demo-oss/docs/');

    // Outside act(): React has not rendered (nor run effects) when the assertion runs.
    useUiStore.getState().openPrefix('docs/');
    expect(listedPrefixes(fake.callsOf('listObjects'))).toContain('demo-oss/docs/');
    expect(rowNames(grid)).toContain('docs/'); // still the old folder on screen

    await act(async () => {});
    await waitFor(() => expect(rowNames(grid)).toEqual(['archive/', 'guide.pdf', 'latest.pdf', 'readme.md']));
    // The table's query took the prefetched request over: the folder was listed once.
    expect(listedPrefixes(fake.callsOf('listObjects')).filter((p) => p === 'demo-oss/docs/')).toHaveLength(1);
  });

  it('of another bucket is asked for when the bucket is chosen', async () => {
    const { user, fake } = setupApp();
    await openBucket(user, 'demo-oss');
    useUiStore.getState().openLocation('demo-bos');
    expect(listedPrefixes(fake.callsOf('listObjects'))).toContain('demo-bos/');
    await act(async () => {});
    expect(await screen.findByRole('grid', { name: 'Objects' })).toBeTruthy();
  });
});
