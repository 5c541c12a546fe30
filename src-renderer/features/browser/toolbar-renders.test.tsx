/** @vitest-environment jsdom */
// A listing page arriving re-renders the table and the status bar, not the toolbar above them:
// its renders are counted through its Back icon, which nothing else draws.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Icons from '../../components/icons';
import { endToNextPages, openBigFolder } from '../../test/render-app';

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
    const app = await openBigFolder(5000);
    // A selection enables Delete…: the toolbar shows that once, before the pages are counted.
    await app.user.click(screen.getByRole('row', { name: 'obj-000000.bin' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete…' }).hasAttribute('disabled')).toBe(false));
    const before = renders.back;
    expect(before).toBeGreaterThan(0);
    await endToNextPages(app, [2000, 3000, 4000]);
    expect(renders.back).toBe(before);
  });
});
