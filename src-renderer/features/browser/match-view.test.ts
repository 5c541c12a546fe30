/** @vitest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Api, type ObjectPage } from '../../contract';
import { initialUiState, useUiStore } from '../../state/ui-store';
import { MatchList } from './match-view';
import { isGap } from './row-view';
import { useFolderSearch } from './use-folder-search';
import { wirePage } from '../../test/wire-page';

/** A batch page as main sends it: names below `prefix`, folders first. */
function batch(prefix: string, names: string[]): ObjectPage {
  return wirePage(prefix, names);
}
const keysOf = (view: { length: number; at(i: number): unknown }) => Array.from({ length: view.length }, (_, i) => (view.at(i) as { key: string }).key);

describe('MatchList', () => {
  it('shows folders then files, each in key order, and an older view keeps its rows when batches are appended', () => {
    const list = new MatchList('p/');
    list.append(batch('p/', ['a-dir/', 'b.txt', 'c.txt']));
    const first = list.view();
    list.append(batch('p/', ['d-dir/', 'e.txt', '目录.txt']));
    const second = list.view();
    expect(keysOf(first)).toEqual(['p/a-dir/', 'p/b.txt', 'p/c.txt']);
    expect(keysOf(second)).toEqual(['p/a-dir/', 'p/d-dir/', 'p/b.txt', 'p/c.txt', 'p/e.txt', 'p/目录.txt']);
    expect(second.rowCount).toBe(6);
    expect(second.indexOfKey('p/e.txt')).toBe(4);
    expect(first.indexOfKey('p/e.txt')).toBe(-1);
    expect(second.indexOfKey('p/zzz')).toBe(-1);
    expect(second.indexAtOrAfter('p/c')).toBe(3);
    expect(second.indexAtOrAfter('p/cz')).toBe(1); // the first key at or after it is a folder (shown before the files)
    expect(second.covers('p/e.txt')).toBe(true);
    expect(second.covers('p/between.txt')).toBe(false);
    expect(second.rows().map((r) => r.name)).toEqual(['a-dir/', 'd-dir/', 'b.txt', 'c.txt', 'e.txt', '目录.txt']);
    expect(second.tailOwner).toBe(-1);
    expect(isGap(second.at(0))).toBe(false);
  });
});

describe('useFolderSearch', () => {
  it('applies streamed batches in seq order when events overtake one another, ignoring other searches', async () => {
    useUiStore.setState({ ...initialUiState, filter: ' X ' }, true);
    const listeners = new Set<(p: unknown) => void>();
    const calls: { opId: string; text: string }[] = [];
    let answer: (v: unknown) => void = () => {};
    window.api = {
      searchFolder: (input: { opId: string; text: string }) => {
        calls.push(input);
        return new Promise((resolve) => (answer = resolve));
      },
      cancelOp: async () => ({ ok: true, value: null }),
      on: (_event: string, l: (p: unknown) => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    } as unknown as Api;
    const { result } = renderHook(() => useFolderSearch('p', 'b', 'f/', 'name', 'asc'));
    act(() => result.current.start());
    expect(calls).toMatchObject([{ text: 'X', recursive: false, prefix: 'f/' }]);
    const opId = calls[0]!.opId;
    const emit = (p: object) => act(() => listeners.forEach((l) => l({ opId, ...p })));
    act(() => listeners.forEach((l) => l({ opId: 'another', seq: 0, scanned: 99, matches: 1, pages: 1, batch: batch('f/', ['zz-x']) })));
    expect(result.current.state).toMatchObject({ status: 'running', scanned: 0, matches: 0 });
    // seq 1 first: held back until seq 0 has come.
    emit({ seq: 1, scanned: 2000, matches: 2, pages: 2, batch: batch('f/', ['b-x', 'c-x']) });
    expect(result.current.state?.matches).toBe(0);
    expect(result.current.state?.scanned).toBe(2000);
    emit({ seq: 0, scanned: 1000, matches: 1, pages: 1, batch: batch('f/', ['a-x']) });
    expect(keysOf(result.current.view!)).toEqual(['f/a-x', 'f/b-x', 'f/c-x']);
    expect(result.current.state?.scanned).toBe(2000); // never backwards
    await act(async () => answer({ ok: true, value: { scanned: 2500, matches: 3, pages: 3, truncated: false, cancelled: false, batches: 2 } }));
    expect(result.current.state).toMatchObject({ status: 'done', scanned: 2500, matches: 3 });
  });
});
