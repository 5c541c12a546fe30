// One open bucket: path bar, filter, the virtual grid, status bar, and the dialogs acting on rows.
import { useQuery } from '@tanstack/react-query';
import { type ComponentProps, memo, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from '../../translation';
import { errorCodeOf } from '../../api';
import { EmptyState, ErrorView } from '../../components/error-view';
import { regionLabel } from '../../components/provider-names';
import { CustomDomainAction } from '../profiles/custom-domain-action';
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
import { GoToKeyDialog } from './go-to-key-dialog';
import { isMacPlatform } from '../../components/platform';
import { ObjectTable } from './object-table';
import { OrderingNotice, PartialSortNotice } from './partial-sort-notice';
import { SearchFolderButton, SearchProgress, searchScope } from './search-progress';
import { useFolderSearch } from './use-folder-search';
import { type Entry, isGap } from './row-view';
import { useListing } from './use-listing';
import { usePrefixSearch } from './use-prefix-search';
import { useOrderedView } from './ordered-view';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { NewFolderDialog } from '../operations/new-folder-dialog';
import { RenameDialog } from '../operations/rename-dialog';
import { ShareDialog } from '../operations/share-dialog';
import { TransferDialog } from '../operations/transfer-dialog';
import { TransferActions } from '../transfers/transfer-actions';
import { useBrowserShortcuts } from './use-shortcuts';
import { useObjectActions } from './use-object-actions';

const startsWith = (entry: Entry | undefined, text: string): boolean => entry !== undefined && !isGap(entry) && entry.key.startsWith(text);

// A page arriving re-renders the browser; the path and the filter box do not depend on the listing.
const PathBreadcrumb = memo(Breadcrumb);
const PathFilterBox = memo(FilterBox);

/** Properties of the cursor row: only this re-renders when the cursor moves, not the whole browser. */
function CursorProperties(props: Omit<ComponentProps<typeof PropertiesPanel>, 'row'>) {
  const focusKey = useUiStore((s) => s.focusKey);
  return <PropertiesPanel {...props} row={(focusKey !== null && props.actions.rowByKey.get(focusKey)) || null} />;
}

export function ObjectBrowser({ profileId, bucket }: { profileId: string; bucket: string }) {
  const { t, i18n } = useTranslation();
  const prefix = useUiStore((s) => s.prefix);
  const filter = useDeferredValue(useUiStore((s) => s.filter));
  const serverSearch = useUiStore((s) => s.serverSearch);
  const sortBy = useUiStore((s) => s.sortBy);
  const sortDir = useUiStore((s) => s.sortDir);
  const dialog = useUiStore((s) => s.dialog);

  const buckets = useQuery(bucketsOptions(profileId));
  const bucketInfo = buckets.data?.find((b) => b.name === bucket);
  const provider = bucketInfo?.provider ?? 'oss';

  const { loaded, paging, nextPage, rowCapReached, error, isPending, isFetching, refetch } = useListing(profileId, bucket, prefix, provider);
  // Prefix search: the typed name opens the listing at that key (one request), the cursor on it.
  const prefixSearch = usePrefixSearch(prefix, filter, serverSearch);
  // Every loaded row in the server's (name) order; other orders and the filter keep an ordered
  // tree that each page updates by its own rows.
  const serverOrder = sortBy === 'name' && sortDir === 'asc';
  const substring = prefixSearch === null ? filter.trim() : '';
  const { view, progress } = useOrderedView(loaded, { sortBy, sortDir, filter: substring, scope: `${profileId}\u0000${bucket}\u0000${prefix}` });
  // Search whole folder: while it runs or shows results, the table shows its matches instead.
  const search = useFolderSearch(profileId, bucket, prefix, sortBy, sortDir);
  const shown = search.view ?? view;
  // All loaded rows, not the filtered view: default link names must not collide with hidden ones.
  const actions = useObjectActions(profileId, bucket, prefix, loaded, search.state?.view ?? null);
  useBrowserShortcuts(shown, actions);
  // The toolbar's commands read the latest actions when clicked, so they stay the same functions
  // while pages arrive (the actions' row lookup changes with every page) and the toolbar is not re-rendered.
  const latestActions = useRef(actions);
  latestActions.current = actions;
  const toolbarCommands = useMemo(
    () => ({
      createLink: () => latestActions.current.createLink(useUiStore.getState().focusKey ?? undefined),
      remove: () => latestActions.current.remove([...useUiStore.getState().selectedKeys]),
      download: (keys: string[]) => latestActions.current.download(keys),
    }),
    [],
  );
  const transferActions = useMemo(() => <TransferActions commands={actions.transfers} prefix={prefix} onDownload={toolbarCommands.download} />, [actions.transfers, prefix, toolbarCommands]);

  const hasNextPage = paging.hasNextPage || loaded.firstGap !== null;
  // The substring filter searches the loaded rows only: scrolling a filtered view does not page
  // through the folder behind it (the notice offers Load all).
  const tablePaging = useMemo(() => (substring ? { ...paging, hasNextPage: false } : paging), [paging, substring]);
  // Only ascending names are the server's order; any other order covers just the loaded pages.
  const partialOrder = hasNextPage && (!serverOrder || substring !== '') && search.state === null;
  const searchFolder = substring !== '' && hasNextPage && search.state === null ? () => search.start() : null;
  // No connection: the banner says so and retries; the last listing stays, marked stale.
  const offline = error !== null && isConnectionError(error);
  // Prefix search found nothing: the first key at or after the typed name does not start with it.
  const noPrefixMatch = prefixSearch !== null && loaded.covers(prefixSearch) && !startsWith(loaded.at(loaded.indexAtOrAfter(prefixSearch)), prefixSearch);

  // What a page arriving re-renders: translated labels are worked out again only when they can change
  // (each t() call is a key lookup, plural rules and interpolation).
  const labels = useMemo(() => ({ clearSearch: t('table.clearSearch'), goToKey: t('goToKey.menu'), checkLinks: t('menu.checkLinks') }), [t]);
  const location = useMemo(
    () => (bucketInfo ? t('status.location', { provider: t(`provider.short.${bucketInfo.provider}`), region: regionLabel(bucketInfo.provider, bucketInfo.region, i18n.language) }) : undefined),
    [t, bucketInfo, i18n.language],
  );
  const clearSearch = (
    <button type="button" className="button" onClick={() => useUiStore.getState().setFilter('')}>
      {labels.clearSearch}
    </button>
  );
  // Shown only by an empty table: not built (nor translated) for every page of a full one.
  const emptyState = shown.length > 0 ? null : search.state ? (
    <EmptyState title={t(search.state.status === 'running' ? 'folderSearch.searching' : 'folderSearch.noMatches', { scope: searchScope(t, search.state), filter: search.state.text })} />
  ) : isPending || progress !== null ? (
    <EmptyState title={t('table.loading')} />
  ) : noPrefixMatch ? (
    <EmptyState title={t('table.noPrefixMatch', { filter })}>{clearSearch}</EmptyState>
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
        onCreateLink={toolbarCommands.createLink}
        onDelete={toolbarCommands.remove}
        onRefresh={actions.refresh}
        onProperties={actions.toggleProperties}
        afterNewFolder={transferActions}
        createLinkDisabledReason={provider === 'oss' && isArchiveClass(bucketInfo?.storageClass) ? t('linkDialog.archiveBucket') : null}
      />
      <div className="toolbar path-bar">
        <PathBreadcrumb profileId={profileId} bucket={bucket} prefix={prefix} />
        <div className="toolbar-spacer" />
        <PathFilterBox onSearchFolder={searchFolder} />
        <button type="button" className="button small" aria-keyshortcuts={isMacPlatform() ? 'Meta+G' : 'Control+G'} onClick={() => useUiStore.getState().openDialog({ kind: 'goToKey' })}>
          {labels.goToKey}
        </button>
        <button type="button" className="button small" onClick={() => actions.checkLinks(prefix)}>
          {labels.checkLinks}
        </button>
      </div>
      <SearchProgress search={search} />
      {progress !== null && !search.state && <OrderingNotice progress={progress} rows={loaded.rowCount} filtered={substring !== ''} />}
      {partialOrder && <PartialSortNotice loaded={loaded.rowCount} nextPage={nextPage} rowCapReached={rowCapReached} filtered={substring !== ''} action={searchFolder && <SearchFolderButton search={search} />} />}
      {noPrefixMatch && loaded.rowCount > 0 && (
        <div className="partial-notice" role="status">
          <span>{t('table.noPrefixMatch', { filter })}</span>
          {clearSearch}
        </div>
      )}
      <div className="browser-body">
        {error && loaded.rowCount === 0 && !offline ? (
          <ErrorView
            error={error}
            onRetry={refetch}
            action={errorCodeOf(error) === 'CUSTOM_DOMAIN_REQUIRED' && <CustomDomainAction profileId={profileId} bucket={bucket} onAdded={refetch} />}
          />
        ) : (
          <ObjectTable view={shown} profileId={profileId} bucket={bucket} provider={provider} paging={tablePaging} actions={actions} empty={offline ? <EmptyState title={t('connection.notLoaded')} /> : emptyState} />
        )}
        <CursorProperties profileId={profileId} bucket={bucket} provider={provider} prefix={prefix} actions={actions} />
      </div>
      {error && loaded.rowCount > 0 && !offline && <ErrorView compact error={error} onRetry={paging.fetchNextPage} />}
      <StatusBar
        count={shown.rowCount}
        loadedAll={search.state ? search.state.status === 'done' : !hasNextPage}
        matches={search.state !== null}
        loading={isFetching}
        stale={offline && loaded.rowCount > 0}
        rowByKey={actions.rowByKey}
        location={location}
      />
      <ContextMenu actions={actions} />
      {dialog?.kind === 'link' && (
        <LinkDialog profileId={profileId} bucket={bucket} prefix={prefix} provider={provider} bucketStorageClass={bucketInfo?.storageClass} seed={dialog.seed} rows={loaded.rows()} />
      )}
      {dialog?.kind === 'goToKey' && <GoToKeyDialog bucket={bucket} prefix={prefix} provider={provider} />}
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
