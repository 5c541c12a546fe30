/** @vitest-environment jsdom */
// A page arriving costs the rows on screen, not the rows loaded: the table reads only the drawn
// entries of a million-row view and never asks for the whole list or a key search.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialUiState, useUiStore } from '../../state/ui-store';
import { FakeApi } from '../../test/fake-api';
import { countingView, syntheticRow, syntheticTable } from '../../test/synthetic-view';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('object table cost per page', () => {
  it('reads only the drawn rows of a 1,000,000-row listing when the next page arrives, drawing at most 200', () => {
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
    window.api = new FakeApi().asApi();
    useUiStore.setState({ ...initialUiState, bucket: 'demo-oss', prefix: 'big/', focusKey: syntheticRow(3).key }, true);
    const { queryClient, table } = syntheticTable();
    const first = { at: 0, rows: 0, search: 0 };
    const { rerender, container } = render(table(countingView(999_000, first)));
    const next = { at: 0, rows: 0, search: 0 };
    rerender(table(countingView(1_000_000, next)));
    expect(next.rows).toBe(0);
    expect(next.search).toBe(0);
    expect(next.at).toBeGreaterThan(10);
    expect(next.at).toBeLessThan(300);
    const drawn = container.querySelectorAll('[role="row"]').length;
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThanOrEqual(200);
    // Plain OSS objects are never links (the listing marks those): their rows watch no link query.
    const observers = queryClient.getQueryCache().getAll().reduce((n, q) => n + q.getObserversCount(), 0);
    expect(observers).toBeLessThanOrEqual(2); // the table's own link batch, not one per row
  });
});
