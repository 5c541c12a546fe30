/** @vitest-environment jsdom */
// A listing page arriving re-renders the table and the status bar, not the toolbar above them:
// its renders are counted through its Back icon, which nothing else draws.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Icons from '../../components/icons';
import { openBucket, openFolder, setupApp } from '../../test/render-app';

const renders = vi.hoisted(() => ({ back: 0 }));
vi.mock('../../components/icons', async (importOriginal) => {
  const icons = await importOriginal<typeof Icons>();
  return {
    ...icons,
    BackIcon: (props: Parameters<typeof icons.BackIcon>[0]) => {
      renders.back += 1;
      return icons.BackIcon(props);
    },
  };
});

describe('the toolbar while pages arrive', () => {
  it('is not re-rendered by the next pages of a big folder', async () => {
    const { user, fake } = setupApp({ bigFolder: 5000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    // A selection enables Delete…: the toolbar shows that once, before the pages are counted.
    await user.click(screen.getByRole('row', { name: 'obj-000000.bin' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete…' }).hasAttribute('disabled')).toBe(false));
    const before = renders.back;
    expect(before).toBeGreaterThan(0);
    const lists = () => fake.callsOf('listObjects').length;
    for (const rows of [2001, 3001, 4001]) {
      const n = lists();
      await user.keyboard('{End}');
      await waitFor(() => expect(lists()).toBeGreaterThan(n));
      await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(rows)));
    }
    expect(renders.back).toBe(before);
  });
});
