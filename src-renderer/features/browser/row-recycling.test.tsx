/** @vitest-environment jsdom */
// Row elements are recycled (row-slots.ts): a jump in a big folder updates the drawn rows in place
// instead of unmounting them and mounting new ones (which made the browser build, style and lay out
// ~300 new elements per page while End was held), a scroll keeps the rows that stay, and keyboard
// focus never stays on an element that now shows another row.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialUiState, useUiStore } from '../../state/ui-store';
import { FakeApi } from '../../test/fake-api';
import { countingView, syntheticRow, syntheticTable } from '../../test/synthetic-view';
import { ROW_HEIGHT } from './object-row';

beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
  window.api = new FakeApi().asApi();
  useUiStore.setState({ ...initialUiState, bucket: 'demo-oss', prefix: 'big/' }, true);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rowElements = (container: HTMLElement): HTMLElement[] => [...container.querySelectorAll<HTMLElement>('[role="row"][data-key]')];

/** The table over a 1,000,000-row view, drawn with its overscan (after the first frame). */
async function millionRowTable() {
  const { table } = syntheticTable();
  const { container } = render(table(countingView(1_000_000)));
  await waitFor(() => expect(rowElements(container).length).toBeGreaterThan(30));
  const body = container.querySelector('.grid-body') as HTMLElement;
  const scrollToRow = (index: number) =>
    act(() => {
      body.scrollTop = index * ROW_HEIGHT;
      body.dispatchEvent(new Event('scroll'));
    });
  return { container, body, scrollToRow };
}

describe('row element recycling', () => {
  it('a jump far down reuses every drawn row element in place: none created, none moved', async () => {
    const { container, scrollToRow } = await millionRowTable();
    scrollToRow(1_000);
    const before = rowElements(container);
    const created = vi.spyOn(document, 'createElement');
    scrollToRow(500_000);
    const after = rowElements(container);
    expect(after.map((el) => el.getAttribute('aria-label'))).toContain(syntheticRow(500_000).name);
    expect(after).toHaveLength(before.length);
    expect(after.every((el, i) => el === before[i])).toBe(true);
    expect(created).not.toHaveBeenCalled();
    // The end of the list draws as many rows (further up, beside the loader row), so they too are the same elements.
    scrollToRow(999_990);
    const atEnd = rowElements(container);
    expect(atEnd.at(-1)?.getAttribute('aria-label')).toBe(syntheticRow(999_999).name);
    expect(atEnd.length).toBeGreaterThanOrEqual(before.length - 1); // the loader row takes one place
    expect(atEnd.every((el, i) => el === before[i])).toBe(true);
  });

  it('a scroll by a few rows keeps the element of every row that stays drawn', async () => {
    const { container, scrollToRow } = await millionRowTable();
    scrollToRow(1_000);
    const byKey = new Map(rowElements(container).map((el) => [el.dataset.key, el]));
    scrollToRow(1_003);
    const after = rowElements(container);
    const stayed = after.filter((el) => byKey.has(el.dataset.key));
    expect(stayed.length).toBeGreaterThan(after.length - 4);
    for (const el of stayed) expect(byKey.get(el.dataset.key)).toBe(el);
    // Drawn in index order: the grid's reading order is the rows' order.
    const labels = after.map((el) => el.getAttribute('aria-label') ?? '');
    expect(labels).toEqual([...labels].sort());
  });

  it('focus on a row scrolled out of view goes to the grid body, not to the row now in its element', async () => {
    const { container, body, scrollToRow } = await millionRowTable();
    const cursor = syntheticRow(2);
    act(() => useUiStore.getState().selectOnly(cursor.key));
    const focused = rowElements(container).find((el) => el.dataset.key === cursor.key) as HTMLElement;
    act(() => focused.focus());
    expect(document.activeElement).toBe(focused);
    scrollToRow(200_000);
    await waitFor(() => expect(document.activeElement).toBe(body)); // in the next frame
    // Parking focus there is not a Tab into the body: the view stays where it was scrolled.
    expect(rowElements(container).map((el) => el.getAttribute('aria-label'))).toContain(syntheticRow(200_000).name);
    expect(useUiStore.getState().focusKey).toBe(cursor.key);
    // Back in view, the cursor's row is drawn again (its focus comes back through the keyboard path).
    scrollToRow(0);
    expect(rowElements(container).some((el) => el.dataset.key === cursor.key && el.tabIndex === 0)).toBe(true);
  });
});
