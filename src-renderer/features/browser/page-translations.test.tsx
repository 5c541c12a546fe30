/** @vitest-environment jsdom */
// A listing page arriving translates what it changes (the status bar's count), not every label of
// the browser: each t() call is a key lookup, plural rules and interpolation, and the browser
// re-renders a few times a page while End is held in a big folder.
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as I18n from '../../i18n';
import { openBucket, openFolder, setupApp } from '../../test/render-app';

const calls = vi.hoisted(() => ({ t: 0 }));
vi.mock('../../i18n', async (importOriginal) => {
  const original = await importOriginal<typeof I18n>();
  return {
    ...original,
    createI18n: (...args: Parameters<typeof original.createI18n>) => {
      const instance = original.createI18n(...args);
      const t = instance.t.bind(instance);
      instance.t = ((...tArgs: Parameters<typeof t>) => {
        calls.t += 1;
        return t(...tArgs);
      }) as typeof instance.t;
      return instance;
    },
  };
});

describe('translations while pages arrive', () => {
  it('three more pages of a big folder translate a few strings each', async () => {
    const { user, fake } = setupApp({ bigFolder: 5000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.click(grid.querySelector('[role="row"][data-key]') as HTMLElement);
    await user.keyboard('{End}');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('2001'));
    const before = calls.t;
    const lists = () => fake.callsOf('listObjects').length;
    for (const rows of [3001, 4001, 5001]) {
      const n = lists();
      await user.keyboard('{End}');
      await waitFor(() => expect(lists()).toBeGreaterThan(n));
      await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(rows)));
    }
    expect(calls.t - before).toBeGreaterThan(0); // the count did change
    // The count and the selection's size (End moved the cursor): 33 calls before the labels were kept.
    expect(calls.t - before).toBeLessThanOrEqual(3 * 3);
  });
});
