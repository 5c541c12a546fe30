/** @vitest-environment jsdom */
// The grid in an order other than the server's (ordered-view): keyboard moves, Ctrl+A, the
// substring filter and pages arriving all follow the sorted order, not the listing's.
import { render, screen, waitFor, within } from '@testing-library/react';
import { TranslationProvider } from '../../translation';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { useUiStore } from '../../state/ui-store';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';
import { OrderingNotice } from './partial-sort-notice';

const selectedNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => r.getAttribute('aria-label')?.split(',')[0]);

describe('sorted and filtered grid', () => {
  it('moves, selects all and filters in size order, descending, as pages arrive', async () => {
    // big/obj-00000i.bin is i bytes: size order is name order, descending its reverse.
    const { user } = setupApp({ bigFolder: 3000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    await waitFor(() => expect(rowNames(grid)[0]).toMatch(/^obj-000999\.bin/));
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('3001'));
    // The later pages hold the bigger objects: they come first now.
    await waitFor(() => expect(rowNames(grid)[0]).toMatch(/^obj-002999\.bin/));
    await user.click(within(grid).getAllByRole('row')[1] as HTMLElement);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selectedNames(grid)).toEqual(['obj-002997.bin']);
    await user.keyboard('{End}');
    await waitFor(() => expect(selectedNames(grid)).toEqual(['obj-000000.bin']));
    await user.keyboard('{Control>}a{/Control}');
    expect(useUiStore.getState().selectedKeys.size).toBe(3000);
    await user.keyboard('{Home}');
    await waitFor(() => expect(selectedNames(grid)).toEqual(['obj-002999.bin']));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), '-0029');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('101'));
    expect(rowNames(grid).slice(0, 3).map((n) => n.split(',')[0])).toEqual(['obj-002999.bin', 'obj-002998.bin', 'obj-002997.bin']);
  });

  it('sorts by time, oldest first, across the pages loaded', async () => {
    // obj-00000i.bin was modified i minutes before the newest: the last listed is the oldest.
    const { user } = setupApp({ bigFolder: 2500 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await user.click(within(grid).getByRole('button', { name: 'Last modified' }));
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('2501'));
    await waitFor(() => expect(rowNames(grid).slice(0, 2).map((n) => n.split(',')[0])).toEqual(['obj-002499.bin', 'obj-002498.bin']));
  });

  it('says how far a sort or filter over many loaded rows is, in both languages', () => {
    const notice = (locale: 'en' | 'zh-CN', filtered: boolean) => {
      const { container, unmount } = render(
        <TranslationProvider i18n={createI18n(locale)}>
          <OrderingNotice progress={0.456} rows={123_456} filtered={filtered} />
        </TranslationProvider>,
      );
      const text = container.querySelector('[role="status"]')?.textContent;
      unmount();
      return text;
    };
    expect(notice('en', false)).toBe('Sorting 123,456 loaded items… 45%');
    expect(notice('en', true)).toBe('Filtering 123,456 loaded items… 45%');
    expect(notice('zh-CN', false)).toBe('正在对已加载的 123,456 项排序… 45%');
  });
});
