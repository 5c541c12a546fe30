/** @vitest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useColumns } from '../../state/columns-store';
import { openBucket, setupApp } from '../../test/render-app';

afterEach(() => useColumns.setState({ widths: {} }));
// jsdom implements no pointer capture.
Element.prototype.setPointerCapture ??= () => undefined;
Element.prototype.releasePointerCapture ??= () => undefined;

const templateOf = (grid: HTMLElement) => grid.style.getPropertyValue('--columns');

const headerNames = (grid: HTMLElement) => within(grid).getAllByRole('columnheader').map((h) => document.getElementById(h.getAttribute('aria-labelledby') ?? '')?.textContent);

describe('a narrow table (a side panel open at 1,024 px)', () => {
  it('leaves out the storage class column below 720 px and brings it back when wide again', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const width = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(560);
    act(() => void window.dispatchEvent(new Event('resize')));
    expect(headerNames(grid)).toEqual(['Name', 'Size', 'Last modified', 'Link target']);
    expect(templateOf(grid)).toBe('minmax(120px, 1fr) 84px 164px minmax(120px, 1.4fr)');
    expect(grid.getAttribute('aria-colcount')).toBe('4');
    const row = within(grid).getByRole('row', { name: 'readme.txt' });
    expect(within(row).getAllByRole('gridcell')).toHaveLength(4);
    expect(within(row).queryByText('Standard')).toBeNull();

    width.mockReturnValue(1000);
    act(() => void window.dispatchEvent(new Event('resize')));
    expect(headerNames(grid)).toEqual(['Name', 'Size', 'Last modified', 'Storage class', 'Link target']);
    const wide = within(grid).getByRole('row', { name: 'readme.txt' });
    expect(within(wide).getAllByRole('gridcell')).toHaveLength(5);
    expect(within(wide).getByText('Standard')).toBeTruthy();
  });
});

describe('resizable columns', () => {
  it('lets name and link target share the free width (the target a little more) until a column is dragged', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    expect(templateOf(grid)).toBe('minmax(120px, 1fr) 84px 164px 104px minmax(120px, 1.4fr)');
    expect(within(grid).getAllByRole('columnheader').map((h) => h.getAttribute('aria-labelledby') && document.getElementById(h.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
      'Name',
      'Size',
      'Last modified',
      'Storage class',
      'Link target',
    ]);
  });

  it('resizes a column by dragging its edge and with the arrow keys, remembers it, and resets on double-click', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const edge = screen.getByRole('separator', { name: 'Resize column Last modified' });
    // jsdom has no layout: the header cell measures as the viewport-sized box render-app fakes (1000 px).
    fireEvent.pointerDown(edge, { clientX: 500, pointerId: 1 });
    fireEvent.pointerMove(edge, { clientX: 300, pointerId: 1 });
    fireEvent.pointerUp(edge, { clientX: 300, pointerId: 1 });
    expect(templateOf(grid)).toBe('minmax(120px, 1fr) 84px 800px 104px minmax(120px, 1.4fr)');
    const nameEdge = screen.getByRole('separator', { name: 'Resize column Name' });
    nameEdge.focus();
    await user.keyboard('{ArrowLeft}');
    expect(useColumns.getState().widths.name).toBe(984);
    expect(JSON.parse(localStorage.getItem('symbucket.columns') ?? '{}').state.widths).toEqual({ time: 800, name: 984 });
    fireEvent.doubleClick(edge);
    expect(templateOf(grid)).toBe('984px 84px 164px 104px minmax(120px, 1.4fr)');
  });

  it('never makes a column narrower than its minimum', () => {
    useColumns.getState().setWidth('size', 3);
    expect(useColumns.getState().widths.size).toBe(56);
  });
});
