import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../components/icons';
import { useUiStore } from '../../state/ui-store';

/**
 * Substring filter over the loaded rows; "prefix search" also narrows the server listing. While
 * the folder is only partly loaded, `onSearchFolder` offers "Search whole folder" (also Enter).
 */
export function FilterBox({ onSearchFolder }: { onSearchFolder?: (() => void) | null }) {
  const { t } = useTranslation();
  const filter = useUiStore((s) => s.filter);
  const serverSearch = useUiStore((s) => s.serverSearch);
  const setFilter = useUiStore((s) => s.setFilter);
  const setServerSearch = useUiStore((s) => s.setServerSearch);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="filter-box">
      <label className="search-field">
        <SearchIcon />
        <input
          ref={input}
          type="search"
          aria-label={t('filter.label')}
          placeholder={t('filter.placeholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter) {
              e.stopPropagation();
              setFilter('');
            } else if (e.key === 'Enter' && onSearchFolder) {
              e.preventDefault();
              onSearchFolder();
            }
          }}
        />
      </label>
      {onSearchFolder && (
        <button type="button" className="button small" title={t('folderSearch.tip')}
          onClick={() => {
            onSearchFolder();
            input.current?.focus(); // the button goes away while the search runs: typing and Escape stay with the filter
          }}
        >
          {t('folderSearch.button')}
        </button>
      )}
      <label className="check-label" title={t('filter.serverSearchTip')}>
        <input type="checkbox" checked={serverSearch} onChange={(e) => setServerSearch(e.target.checked)} />
        {t('filter.serverSearch')}
      </label>
    </div>
  );
}
