/** @vitest-environment jsdom */
// A page arriving costs the rows on screen, not the rows loaded: the table reads only the drawn
// entries of a million-row view and never asks for the whole list or a key search.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { initialUiState, useUiStore } from '../../state/ui-store';
import { FakeApi } from '../../test/fake-api';
import { ObjectTable, type Paging } from './object-table';
import { type Entry, type RowView } from './row-view';
import { type BrowserRow } from './rows';
import { type ObjectActions } from './use-object-actions';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rowAt = (i: number): BrowserRow => {
  const name = `obj-${String(i).padStart(7, '0')}.bin`;
  return { kind: 'object', key: `big/${name}`, name, size: 26, modified: Date.UTC(2026, 0, 1), etag: '', storageClass: 'STANDARD' };
};

/** A view of `length` rows that counts how it is read. */
function countingView(length: number, reads: { at: number; rows: number; search: number }): RowView {
  return {
    length,
    rowCount: length,
    tailOwner: 0,
    firstGap: null,
    covers: () => {
      reads.search += 1;
      return false;
    },
    at: (i: number): Entry | undefined => {
      reads.at += 1;
      return i >= 0 && i < length ? rowAt(i) : undefined;
    },
    indexOfKey: () => {
      reads.search += 1;
      return -1;
    },
    indexAtOrAfter: () => {
      reads.search += 1;
      return -1;
    },
    rows: () => {
      reads.rows += 1;
      return [];
    },
  };
}

const paging: Paging = { hasNextPage: true, isFetchingNextPage: true, isFetching: true, fetchNextPage: () => undefined, loadGap: () => undefined, gapLoading: () => false };

describe('object table cost per page', () => {
  it('reads only the drawn rows of a 1,000,000-row listing when the next page arrives, drawing at most 200', () => {
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
    window.api = new FakeApi().asApi();
    useUiStore.setState({ ...initialUiState, bucket: 'demo-oss', prefix: 'big/', focusKey: rowAt(3).key }, true);
    const queryClient = new QueryClient();
    const i18n = createI18n('en');
    const table = (view: RowView) => (
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <ObjectTable view={view} profileId="local-demo" bucket="demo-oss" provider="oss" paging={paging} actions={{} as ObjectActions} />
        </I18nextProvider>
      </QueryClientProvider>
    );
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
