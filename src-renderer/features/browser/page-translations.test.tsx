/** @vitest-environment jsdom */
// A listing page arriving translates what it changes (the status bar's count), not every label of
// the browser: each t() call is a key lookup, plural rules and interpolation, and the browser
// re-renders a few times a page while End is held in a big folder.
import { describe, expect, it, vi } from 'vitest';
import type * as I18n from '../../i18n';
import { endToNextPages, openBigFolder } from '../../test/render-app';

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
    const app = await openBigFolder(5000);
    await app.user.click(app.grid.querySelector('[role="row"][data-key]') as HTMLElement);
    await endToNextPages(app, [2000]);
    const before = calls.t;
    await endToNextPages(app, [3000, 4000, 5000]);
    expect(calls.t - before).toBeGreaterThan(0); // the count did change
    // The count and the selection's size (End moved the cursor): 33 calls before the labels were kept.
    expect(calls.t - before).toBeLessThanOrEqual(3 * 3);
  });
});
