/** @vitest-environment jsdom */
// Moving the cursor re-renders the table, the status bar and Properties, not the whole browser
// (toolbar, path bar, filter...): holding an arrow key or End costs the rows, not the chrome.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openBucket, setupApp } from '../../test/render-app';
import type * as Shortcuts from './use-shortcuts';

// Counts renders of ObjectBrowser through the one hook it calls on every render.
const browserRenders = vi.hoisted(() => ({ n: 0 }));
vi.mock('./use-shortcuts', async (importOriginal) => {
  const original = await importOriginal<typeof Shortcuts>();
  return {
    ...original,
    useBrowserShortcuts: (...args: Parameters<typeof original.useBrowserShortcuts>) => {
      browserRenders.n += 1;
      return original.useBrowserShortcuts(...args);
    },
  };
});

describe('the cursor moving', () => {
  it('does not re-render the whole browser, while Properties follows the cursor', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'docs/' }));
    await user.keyboard('{Alt>}{Enter}{/Alt}'); // Properties of the cursor row
    const panel = await screen.findByRole('complementary', { name: /Properties/ });
    await user.click(within(grid).getByRole('row', { name: 'images/' }));
    await waitFor(() => expect(panel.textContent).toContain('images/'));
    const before = browserRenders.n;
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(within(grid).getByRole('row', { name: 'readme.txt' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(panel.textContent).toContain('readme.txt'));
    expect(browserRenders.n - before).toBe(0);
  });
});
