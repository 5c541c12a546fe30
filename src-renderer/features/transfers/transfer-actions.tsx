// Toolbar buttons "Upload files…", "Upload folder…" (into the current folder) and "Download…"
// (the selection). Their own component so the browser toolbar can mount them where it likes.
import { memo } from 'react';
import { useTranslation } from '../../translation';
import { useUiStore } from '../../state/ui-store';
import { type BrowserRow } from '../browser/rows';
import { type RowLookup } from '../browser/use-object-actions';
import { type TransferCommands } from './use-transfer-commands';

/** The rows to download; a BOS link (listed as an object) is sent as a link once resolved, so the panel can say "via link". */
export function selectedRows(keys: Iterable<string>, rowByKey: RowLookup, isLink: (row: BrowserRow) => boolean) {
  return [...keys].flatMap((key) => {
    const row = rowByKey.get(key);
    if (!row) return [];
    return [{ key: row.key, kind: row.kind === 'object' && isLink(row) ? ('symlink' as const) : row.kind }];
  });
}

/** `onDownload`: Download… of these keys (the browser's, which reads its latest rows when clicked). */
type TransferActionsProps = { commands: TransferCommands; prefix: string; onDownload: (keys: string[]) => void };

/** Memoized: a listing page arriving does not re-render the toolbar's buttons. */
export const TransferActions = memo(function TransferActions({ commands, prefix, onDownload }: TransferActionsProps) {
  const { t } = useTranslation();
  // Whether anything is selected, not the selection: moving the cursor does not re-render the buttons.
  const hasSelection = useUiStore((s) => s.selectedKeys.size > 0);
  return (
    <div className="transfer-actions" role="group" aria-label={t('transfers.actions')}>
      <button type="button" className="button small tool-button" onClick={() => void commands.uploadWithDialog('files', prefix)}>
        {t('transfers.uploadFiles')}
      </button>
      <button type="button" className="button small tool-button" onClick={() => void commands.uploadWithDialog('folder', prefix)}>
        {t('transfers.uploadFolder')}
      </button>
      <button type="button" className="button small tool-button" disabled={!hasSelection} onClick={() => onDownload([...useUiStore.getState().selectedKeys])}>
        {t('transfers.download')}
      </button>
    </div>
  );
});
