// A RowView of N generated object rows that counts how it is read, and an ObjectTable over it
// (for tests of what a render costs at any size: no listing, no fake storage behind it).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactElement } from 'react';
import { TranslationProvider } from '../translation';
import { createI18n } from '../i18n';
import { ObjectTable, type Paging } from '../features/browser/object-table';
import { type Entry, type RowView } from '../features/browser/row-view';
import { type BrowserRow } from '../features/browser/rows';
import { type ObjectActions } from '../features/browser/use-object-actions';

export const syntheticRow = (i: number): BrowserRow => {
  const name = `obj-${String(i).padStart(7, '0')}.bin`;
  return { kind: 'object', key: `big/${name}`, name, size: 26, modified: Date.UTC(2026, 0, 1), etag: '', storageClass: 'STANDARD' };
};

export type ViewReads = { at: number; rows: number; search: number };

/** A view of `length` rows that counts how it is read. */
export function countingView(length: number, reads: ViewReads = { at: 0, rows: 0, search: 0 }): RowView {
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
      return i >= 0 && i < length ? syntheticRow(i) : undefined;
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

export const busyPaging: Paging = { hasNextPage: true, isFetchingNextPage: true, isFetching: true, fetchNextPage: () => undefined, loadGap: () => undefined, gapLoading: () => false };

/** `render`-able ObjectTable over `view` (demo-oss, big/), one query client and i18n for all renders. */
export function syntheticTable(): { queryClient: QueryClient; table: (view: RowView) => ReactElement } {
  const queryClient = new QueryClient();
  const i18n = createI18n('en');
  const table = (view: RowView) => (
    <QueryClientProvider client={queryClient}>
      <TranslationProvider i18n={i18n}>
        <ObjectTable view={view} profileId="local-demo" bucket="demo-oss" provider="oss" paging={busyPaging} actions={{} as ObjectActions} />
      </TranslationProvider>
    </QueryClientProvider>
  );
  return { queryClient, table };
}
