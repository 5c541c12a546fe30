// The line under the path bar while Search whole folder runs or shows its results: what was
// searched and found ("Searched N objects · M matches"), that the rows come from the whole folder
// (or the first 10,000 of them), Cancel while it runs, then Clear search. The one button keeps its
// place from Cancel to Clear, so keyboard focus stays on it when the search ends. The line itself
// is not live (it changes up to 10 times a second): a hidden status announces it politely, at
// most every few seconds while the search runs and at once when it ends.
import { useTranslation } from '../../translation';
import { useErrorMessage } from '../../components/error-view';
import { usePoliteText } from '../../components/use-polite-text';
import { useUiStore } from '../../state/ui-store';
import { type FolderSearch, type FolderSearchState } from './use-folder-search';
import { countFormat } from '../../components/format';

export const searchScope = (t: (key: string) => string, state: Pick<FolderSearchState, 'recursive'>): string => t(state.recursive ? 'folderSearch.scopeRecursive' : 'folderSearch.scopeFolder');

/** "Search whole folder", beside the notice that the filter covers the loaded rows only. */
export function SearchFolderButton({ search }: { search: FolderSearch }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" title={t('folderSearch.tip')} onClick={() => search.start(false, true)}>
      {t('folderSearch.button')}
    </button>
  );
}

export function SearchProgress({ search }: { search: FolderSearch }) {
  return search.state ? <SearchLine search={search} state={search.state} /> : null;
}

function SearchLine({ search, state }: { search: FolderSearch; state: FolderSearchState }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const number = countFormat(i18n.language);
  const values = { count: state.matches, matches: number.format(state.matches), scanned: number.format(state.scanned), scope: searchScope(t, state) };
  const running = state.status === 'running';
  const sentence = running
    ? t('folderSearch.running', values)
    : state.status === 'cancelled'
      ? t('folderSearch.cancelled', values)
      : state.status === 'failed'
        ? t('folderSearch.failed', { ...values, reason: errorMessage(state.error) })
        : t(state.truncated ? 'folderSearch.truncated' : 'folderSearch.done', values);
  const text = state.stale ? `${sentence} · ${t('folderSearch.stale')}` : sentence;
  const announced = usePoliteText(text, !running);

  return (
    <div className={`partial-notice folder-search${state.status === 'failed' ? ' failed' : ''}`} role="group" aria-label={t('folderSearch.button')}>
      {running && <span className="spinner" aria-hidden="true" />}
      <span className="folder-search-text">
        {text}
      </span>
      <span className="visually-hidden" role="status">
        {announced}
      </span>
      {/* Started from the button (which this line replaces): focus goes to Cancel, where the button was. */}
      <button type="button" className="button" autoFocus={state.focusCancel} onClick={running ? search.cancel : () => useUiStore.getState().setFilter('')}>
        {running ? t('common.cancel') : t('table.clearSearch')}
      </button>
      {(state.status === 'failed' || state.status === 'cancelled' || (state.stale && !running)) && (
        <button type="button" className="button" onClick={() => search.start(state.recursive)}>
          {t('folderSearch.again')}
        </button>
      )}
      <label className="check-label">
        <input type="checkbox" checked={state.recursive} onChange={(e) => search.start(e.target.checked)} />
        {t('folderSearch.includeSubfolders')}
      </label>
    </div>
  );
}
