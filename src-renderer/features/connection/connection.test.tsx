/** @vitest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openBucket, rowNames, setupApp } from '../../test/render-app';

describe('losing the connection', () => {
  it('keeps the last bucket list and listing, shows one banner, and recovers everything with one Retry', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
    fake.offline = true;

    // Switching bucket while the server is away: the sidebar keeps its list, nothing offers its own Retry.
    await user.click(screen.getByRole('treeitem', { name: 'demo-bos' }));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('The storage server cannot be reached');
    expect(screen.getAllByRole('treeitem').map((i) => i.getAttribute('aria-label'))).toEqual(['demo-oss', 'demo-archive', 'demo-bos', 'demo-bos-media']);
    expect(screen.getByText('Not loaded yet: no connection to the storage server.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);

    fake.offline = false;
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    const bosGrid = await screen.findByRole('grid', { name: 'Objects' });
    await waitFor(() => expect(rowNames(bosGrid)).toContain('data/'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('marks a listing stale when a refresh fails and retries by itself while the window has focus', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      vi.spyOn(document, 'hasFocus').mockReturnValue(true);
      const { user, fake } = setupApp();
      const grid = await openBucket(user, 'demo-oss');
      await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
      fake.offline = true;
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      expect(await screen.findByText('Not up to date (no connection)')).toBeTruthy();
      expect(rowNames(grid)).toContain('readme.txt');
      fake.put('demo-oss', 'arrived-later.txt');
      fake.offline = false;
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2_500);
      });
      await waitFor(() => expect(rowNames(grid)).toContain('arrived-later.txt'));
      expect(screen.queryByText('Not up to date (no connection)')).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
