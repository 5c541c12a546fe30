// One open bucket: path bar, filter, the virtual grid, status bar, and the dialogs acting on rows.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api';
import { EmptyState, ErrorView } from '../../components/error-view';
import { regionLabel } from '../../components/provider-names';
import { CustomDomainAction } from '../profiles/custom-domain-action';
import { objectListOptions } from '../../queries/objects';
import { bucketsOptions } from '../../queries/profiles';
import { useUiStore } from '../../state/ui-store';
import { isConnectionError } from '../connection/use-connection-lost';
import { BrokenLinkDialog } from '../links/broken-link-dialog';
import { DragLinksDialog } from '../links/drag-links-dialog';
import { EditMetadataDialog } from '../links/edit-metadata-dialog';
import { isArchiveClass, LinkDialog } from '../links/link-dialog';
import { PropertiesPanel } from '../links/properties-panel';
import { Breadcrumb } from './breadcrumb';
import { ContextMenu } from './context-menu';
import { DeleteDialog } from './delete-dialog';
import { FilterBox } from './filter-box';
import { ObjectTable } from './object-table';
import { PartialSortNotice } from './partial-sort-notice';
import { flatView, sparseView } from './row-view';
import { filterRows, sortRows } from './rows';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { NewFolderDialog } from '../operations/new-folder-dialog';
import { RenameDialog } from '../operations/rename-dialog';
import { ShareDialog } from '../operations/share-dialog';
import { TransferDialog } from '../operations/transfer-dialog';
import { TransferActions } from '../transfers/transfer-actions';
import { useBrowserShortcuts } from './use-shortcuts';
import { useObjectActions } from './use-object-actions';

export function ObjectBrowser({ profileId, bucket }: { profileId: string; bucket: string }) {
  const { t, i18n } = useTranslation();
  const prefix = useUiStore((s) => s.prefix);
  const filter = useDeferredValue(useUiStore((s) => s.filter));
  const serverSearch = useUiStore((s) => s.serverSearch);
  const sortBy = useUiStore((s) => s.sortBy);
  const sortDir = useUiStore((s) => s.sortDir);
  const dialog = useUiStore((s) => s.dialog);
  const focusKey = useUiStore((s) => s.focusKey);

  const buckets = useQuery(bucketsOptions(profileId));
  const bucketInfo = buckets.data?.find((b) => b.name === bucket);
  const provider = bucketInfo?.provider ?? 'oss';

  const listPrefix = serverSearch && filter ? prefix + filter : prefix;
  const query = useInfiniteQuery(objectListOptions(profileId, bucket, listPrefix));
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isFetching } = query;
  // Every loaded row in the server's (name) order; other orders and the filter copy the loaded rows.
  const loaded = useMemo(() => sparseView([{ startAfter: undefined, pages: query.data?.pages ?? [], hasNext: hasNextPage }], prefix), [query.data, prefix, hasNextPage]);
  const serverOrder = sortBy === 'name' && sortDir === 'asc';
  const view = useMemo(
    () => (serverOrder && !filter.trim() ? loaded : flatView(sortRows(filterRows([...loaded.rows()], filter), sortBy, sortDir), loaded.tailOwner)),
    [loaded, serverOrder, filter, sortBy, sortDir],
  );
  // All loaded rows, not the filtered view: default link names must not collide with hidden ones.
  const actions = useObjectActions(profileId, bucket, prefix, loaded);
  useBrowserShortcuts(view, actions);

  // Only ascending names are the server's order; any other order covers just the loaded pages.
  const partialOrder = hasNextPage && (sortBy !== 'name' || sortDir === 'desc');
  const nextPage = useCallback(async () => {
    const result = await fetchNextPage();
    return !result.isError && result.hasNextPage;
  }, [fetchNextPage]);
  // No connection: the banner says so and retries; the last listing stays, marked stale.
  const offline = query.isError && isConnectionError(query.error);
  const paging = useMemo(
    () => ({ hasNextPage, isFetchingNextPage, fetchNextPage, isFetching, loadGap: () => void fetchNextPage(), gapLoading: () => isFetchingNextPage }),
    [hasNextPage, isFetchingNextPage, fetchNextPage, isFetching],
  );

  const emptyState = query.isPending ? (
    <EmptyState title={t('table.loading')} />
  ) : serverSearch && filter ? (
    <EmptyState title={t('table.noPrefixMatch', { filter })}>
      <button type="button" className="button" onClick={() => useUiStore.getState().setFilter('')}>
        {t('table.clearSearch')}
      </button>
    </EmptyState>
  ) : filter && loaded.rowCount > 0 ? (
    <EmptyState title={t('table.noMatch', { filter })} />
  ) : (
    <EmptyState title={t(prefix ? 'table.emptyFolder' : 'table.emptyBucket')} hint={t('table.emptyHint')} />
  );

  return (
    <section className="browser" aria-label={bucket}>
      <Toolbar
        profileId={profileId}
        bucket={bucket}
        prefix={prefix}
        onNewFolder={actions.newFolder}
        onCreateLink={() => actions.createLink(useUiStore.getState().focusKey ?? undefined)}
        onDelete={() => actions.remove([...useUiStore.getState().selectedKeys])}
        onRefresh={actions.refresh}
        onProperties={actions.toggleProperties}
        afterNewFolder={<TransferActions commands={actions.transfers} prefix={prefix} rowByKey={actions.rowByKey} isLink={actions.isLink} />}
        createLinkDisabledReason={provider === 'oss' && isArchiveClass(bucketInfo?.storageClass) ? t('linkDialog.archiveBucket') : null}
      />
      <div className="toolbar path-bar">
        <Breadcrumb profileId={profileId} bucket={bucket} prefix={prefix} />
        <div className="toolbar-spacer" />
        <FilterBox />
        <button type="button" className="button small" onClick={() => actions.checkLinks(prefix)}>
          {t('menu.checkLinks')}
        </button>
      </div>
      {partialOrder && <PartialSortNotice loaded={loaded.rowCount} nextPage={nextPage} />}
      <div className="browser-body">
        {query.isError && loaded.rowCount === 0 && !offline ? (
          <ErrorView
            error={query.error}
            onRetry={() => void query.refetch()}
            action={errorCodeOf(query.error) === 'CUSTOM_DOMAIN_REQUIRED' && <CustomDomainAction profileId={profileId} bucket={bucket} onAdded={() => void query.refetch()} />}
          />
        ) : (
          <ObjectTable view={view} profileId={profileId} bucket={bucket} provider={provider} paging={paging} actions={actions} empty={offline ? <EmptyState title={t('connection.notLoaded')} /> : emptyState} />
        )}
        <PropertiesPanel profileId={profileId} bucket={bucket} provider={provider} prefix={prefix} row={(focusKey !== null && actions.rowByKey.get(focusKey)) || null} actions={actions} />
      </div>
      {query.isError && loaded.rowCount > 0 && !offline && <ErrorView compact error={query.error} onRetry={() => void query.fetchNextPage()} />}
      <StatusBar
        count={view.rowCount}
        loadedAll={!hasNextPage}
        loading={query.isFetching}
        stale={offline && loaded.rowCount > 0}
        rowByKey={actions.rowByKey}
        location={bucketInfo ? t('status.location', { provider: t(`provider.short.${bucketInfo.provider}`), region: regionLabel(bucketInfo.provider, bucketInfo.region, i18n.language) }) : undefined}
      />
      <ContextMenu actions={actions} />
      {dialog?.kind === 'link' && (
        <LinkDialog profileId={profileId} bucket={bucket} prefix={prefix} provider={provider} bucketStorageClass={bucketInfo?.storageClass} seed={dialog.seed} rows={loaded.rows()} />
      )}
      {dialog?.kind === 'delete' && <DeleteDialog profileId={profileId} bucket={bucket} keys={dialog.keys} />}
      {dialog?.kind === 'dragLinks' && <DragLinksDialog profileId={profileId} dialog={dialog} />}
      {dialog?.kind === 'newFolder' && <NewFolderDialog profileId={profileId} bucket={bucket} prefix={prefix} />}
      {dialog?.kind === 'rename' && <RenameDialog profileId={profileId} bucket={bucket} sourceKey={dialog.key} />}
      {dialog?.kind === 'transfer' && <TransferDialog profileId={profileId} sourceBucket={bucket} keys={dialog.keys} mode={dialog.mode} startPrefix={prefix} />}
      {dialog?.kind === 'share' && <ShareDialog profileId={profileId} bucket={bucket} objectKey={dialog.key} isLink={dialog.isLink} />}
      {dialog?.kind === 'editMetadata' && <EditMetadataDialog profileId={profileId} bucket={bucket} provider={provider} objectKey={dialog.key} />}
      {dialog?.kind === 'brokenLink' && <BrokenLinkDialog linkKey={dialog.key} target={dialog.target} onRetarget={() => void actions.retarget(dialog.key)} />}
    </section>
  );
}
