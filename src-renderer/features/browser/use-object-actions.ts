// Row commands shared by the keyboard, the context menu, double-click and app-menu commands.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../translation';
import { useCopyText } from '../../components/use-copy-text';
import { ApiError, call } from '../../api';
import { useErrorMessage } from '../../components/error-view';
import { baseName } from '../../components/format';
import { useUiStore } from '../../state/ui-store';
import { cachedLinkInfo, isLinkRow } from '../links/link-info';
import { uniqueLinkName } from '../links/unique-name';
import { queryKeys } from '../../queries/keys';
import { type BrowserRow } from './rows';
import { isGap, type RowView } from './row-view';
import { useTransferCommands } from '../transfers/use-transfer-commands';
import { selectedRows } from '../transfers/transfer-actions';

export type ObjectActions = ReturnType<typeof useObjectActions>;

export type RowLookup = { get: (key: string) => BrowserRow | undefined };

/** Key -> row by the views' own search (the listing, then Search whole folder's matches): page loads of a big folder build nothing. */
function viewLookup(...views: (RowView | null)[]): RowLookup {
  return {
    get: (key) => {
      for (const view of views) {
        const entry = view?.at(view.indexOfKey(key));
        if (entry && !isGap(entry)) return entry;
      }
      return undefined;
    },
  };
}

/** `view`: the loaded rows; `found`: rows shown besides them (Search whole folder's matches). */
export function useObjectActions(profileId: string, bucket: string, prefix: string, view: RowView, found: RowView | null = null) {
  const qc = useQueryClient();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const rowByKey = useMemo(() => viewLookup(view, found), [view, found]);
  const transfers = useTransferCommands(profileId, bucket);

  const isLink = useCallback(
    (row: BrowserRow) => isLinkRow(qc, profileId, bucket, row),
    [qc, profileId, bucket],
  );

  const follow = useCallback(
    async (key: string) => {
      const store = useUiStore.getState();
      try {
        const result = await call('followLink', { profileId, bucket, key });
        if (result.state === 'broken') store.openDialog({ kind: 'brokenLink', key, target: result.key });
        else store.openLocation(result.bucket, result.parentPrefix, result.key);
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'TARGET_MISSING' || error.code === 'NOT_FOUND')) {
          store.openDialog({ kind: 'brokenLink', key, target: error.details?.target });
        } else store.showToast(errorMessage(error), 'error');
      }
    },
    [profileId, bucket, errorMessage],
  );

  const open = useCallback(
    (row: BrowserRow) => {
      if (row.kind === 'folder') useUiStore.getState().openPrefix(row.key);
      else if (isLink(row)) void follow(row.key);
      else transfers.openObject(row.key); // a plain object: download to the cache, open with the OS app
    },
    [isLink, follow, transfers],
  );

  /** Create link… seeded from the selection: its name made unique here, pointing at it. */
  const createLink = useCallback(
    (sourceKey?: string) => {
      const source = sourceKey ? rowByKey.get(sourceKey) : undefined;
      const usable = source && source.kind !== 'folder' ? source : undefined;
      const taken = new Set(view.rows().map((r) => r.name));
      const linkStem = (stem: string, n: number) => (n === 1 ? t('linkDialog.linkName', { stem }) : t('linkDialog.linkNameNumbered', { stem, n }));
      useUiStore.getState().openDialog({
        kind: 'link',
        seed: { mode: 'create', name: usable ? uniqueLinkName(baseName(usable.key), taken, linkStem) : '', target: usable?.key ?? '' },
      });
    },
    [view, rowByKey, t],
  );

  const retarget = useCallback(
    async (key: string) => {
      const row = rowByKey.get(key);
      if (!row) return;
      let info = cachedLinkInfo(qc, profileId, bucket, row);
      if (!info) {
        try {
          [info] = await call('resolveLinks', { profileId, bucket, rows: [{ key: row.key, etag: row.etag, kind: row.kind }] });
        } catch (error) {
          useUiStore.getState().showToast(errorMessage(error), 'error');
          return;
        }
      }
      useUiStore.getState().openDialog({
        kind: 'link',
        seed: { mode: 'retarget', name: row.name, target: info?.target ?? '', targetBucket: info?.targetBucket },
      });
    },
    [rowByKey, qc, profileId, bucket, errorMessage],
  );

  const remove = useCallback((keys: string[]) => {
    if (keys.length > 0) useUiStore.getState().openDialog({ kind: 'delete', keys });
  }, []);

  const copy = useCopyText();

  const copyTargetPath = useCallback(
    (key: string) => {
      const row = rowByKey.get(key);
      const info = row ? cachedLinkInfo(qc, profileId, bucket, row) : undefined;
      const path = info?.target ? (info.crossBucket && info.targetBucket ? `${info.targetBucket}/${info.target}` : info.target) : key;
      void copy(path);
    },
    [rowByKey, qc, profileId, bucket, copy],
  );

  const newFolder = useCallback(() => useUiStore.getState().openDialog({ kind: 'newFolder' }), []);
  const rename = useCallback((key: string) => useUiStore.getState().openDialog({ kind: 'rename', key }), []);
  const transfer = useCallback((mode: 'copy' | 'move', keys: string[]) => {
    if (keys.length > 0) useUiStore.getState().openDialog({ kind: 'transfer', mode, keys });
  }, []);
  const share = useCallback(
    (key: string) => {
      const row = rowByKey.get(key);
      useUiStore.getState().openDialog({ kind: 'share', key, isLink: row ? isLink(row) : false });
    },
    [rowByKey, isLink],
  );

  /** Ctrl/⌘+C / X: remember the selection; Ctrl/⌘+V copies or moves it here (server-side). */
  const clip = useCallback(
    (mode: 'copy' | 'cut', keys: string[]) => {
      if (keys.length === 0) return;
      useUiStore.getState().setAppClipboard({ profileId, bucket, keys, mode });
      useUiStore.getState().showToast(t(mode === 'copy' ? 'toast.clipCopied' : 'toast.clipCut', { count: keys.length }));
    },
    [profileId, bucket, t],
  );
  const paste = useCallback(async () => {
    const store = useUiStore.getState();
    const clipboard = store.appClipboard;
    if (!clipboard || clipboard.profileId !== profileId) return;
    const move = clipboard.mode === 'cut';
    const items = clipboard.keys.map((from) => ({ from, to: `${prefix}${baseName(from)}` }));
    if (clipboard.bucket === bucket && items.every((i) => i.from === i.to)) {
      store.showToast(t('transfer.samePlace'), 'error');
      return;
    }
    try {
      const result = await call('copyObjects', {
        profileId,
        sourceBucket: clipboard.bucket,
        destBucket: bucket,
        items,
        move,
        opId: `paste-${Date.now().toString(36)}`,
      });
      if (move) store.setAppClipboard(null);
      if (result.failed.length > 0) store.showToast(t('toast.pasteFailed', { count: result.failed.length, reason: t(`errors.${result.failed[0]?.code ?? 'UNKNOWN'}`) }), 'error');
      else store.showToast(t('toast.pasted', { count: result.copied }));
    } catch (error) {
      store.showToast(errorMessage(error), 'error');
    }
  }, [profileId, bucket, prefix, t, errorMessage]);

  const refresh = useCallback(() => {
    void qc.invalidateQueries({ queryKey: queryKeys.objects(profileId, bucket, prefix) });
    void qc.invalidateQueries({ queryKey: queryKeys.linksOfBucket(profileId, bucket) });
  }, [qc, profileId, bucket, prefix]);

  /** "Check links…" on a folder (its prefix) or, with '', on the whole bucket. */
  const checkLinks = useCallback((scopePrefix: string) => useUiStore.getState().openLinkCheck({ profileId, bucket, prefix: scopePrefix }), [profileId, bucket]);

  /** Properties of a row: the panel shows the cursor row, so the row becomes it. */
  const properties = useCallback((key?: string) => {
    const store = useUiStore.getState();
    if (key !== undefined && store.focusKey !== key) store.selectOnly(key);
    store.openProperties();
  }, []);
  const toggleProperties = useCallback(() => useUiStore.getState().toggleProperties(), []);
  const editMetadata = useCallback((key: string) => useUiStore.getState().openDialog({ kind: 'editMetadata', key }), []);
  /** "Find links to this" on an object or a folder ('…/'): the docked "Links to <name>" report. */
  const findLinks = useCallback((key: string) => useUiStore.getState().openFindLinks({ profileId, bucket, key }), [profileId, bucket]);

  /** Download… of these keys (folders recursively). */
  const download = useCallback((keys: string[]) => transfers.download(selectedRows(keys, rowByKey, isLink)), [transfers, rowByKey, isLink]);

  return { isLink, open, follow, createLink, retarget, remove, copyKey: copy, copyTargetPath, checkLinks, findLinks, refresh, rowByKey, newFolder, rename, transfer, share, clip, paste, transfers, download, properties, toggleProperties, editMetadata };
}
