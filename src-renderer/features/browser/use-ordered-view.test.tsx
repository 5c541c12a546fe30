/** @vitest-environment jsdom */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type ObjectPage } from '../../contract';
import { type LoadedView, sparseView } from './row-view';
import { type BrowserRow } from './rows';
import { useOrderedView, type ViewChoice } from './ordered-view';
import { wirePage } from '../../test/wire-page';

/** `pages` pages of 1,000 objects under `prefix`, sizes scattered. */
function listing(prefix: string, pages: number): LoadedView {
  const list: ObjectPage[] = Array.from({ length: pages }, (_, p) => {
    const names = Array.from({ length: 1000 }, (_, i) => `o-${String(p * 1000 + i).padStart(6, '0')}`);
    return wirePage(prefix, names.map((name, i) => ({ name, kind: 'object', size: (p * 7919 + i * 104_729) % 65_536 })));
  });
  return sparseView([{ startAfter: undefined, pages: list, hasNext: false }], prefix);
}

const keys = (view: { length: number; at(i: number): unknown }, n: number) => Array.from({ length: Math.min(n, view.length) }, (_, i) => (view.at(i) as BrowserRow).key);

describe('useOrderedView', () => {
  it('builds a big order over several tasks, and never shows one folder’s rows in another', async () => {
    const a = listing('a/', 40);
    const b = listing('b/', 40);
    const choice = (scope: string): ViewChoice => ({ sortBy: 'size', sortDir: 'asc', filter: '', scope });
    const { result, rerender } = renderHook(({ loaded, scope }) => useOrderedView(loaded, choice(scope)), { initialProps: { loaded: a, scope: 'a/' } });
    // 40,000 rows take more than one step: the server's order shows meanwhile, with progress.
    expect(result.current.progress).not.toBeNull();
    expect(keys(result.current.view, 2)).toEqual(['a/o-000000', 'a/o-000001']);
    await waitFor(() => expect(result.current.progress).toBeNull());
    const sizes = keys(result.current.view, 40_000).map((_, i) => (result.current.view.at(i) as BrowserRow).size);
    expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
    expect(result.current.view.length).toBe(40_000);
    rerender({ loaded: b, scope: 'b/' });
    expect(result.current.progress).not.toBeNull();
    expect(keys(result.current.view, 40_000).every((k) => k.startsWith('b/'))).toBe(true);
    await waitFor(() => expect(result.current.progress).toBeNull());
    expect(keys(result.current.view, 40_000).every((k) => k.startsWith('b/'))).toBe(true);
    expect(result.current.view.length).toBe(40_000);
  });
});
