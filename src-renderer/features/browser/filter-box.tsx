import { useTranslation } from '../../translation';
import { SearchIcon } from '../../components/icons';
import { useUiStore } from '../../state/ui-store';

/**
 * Substring filter over the loaded rows; "prefix search" also narrows the server listing. While
 * the folder is only partly loaded, Enter starts `onSearchFolder` (Search whole folder; its button is
 * in the notice under the path bar, which says the filter covers the loaded rows only).
 */
export function FilterBox({ onSearchFolder }: { onSearchFolder?: (() => void) | null }) {
  const { t } = useTranslation();
  const filter = useUiStore((s) => s.filter);
  const serverSearch = useUiStore((s) => s.serverSearch);
  const setFilter = useUiStore((s) => s.setFilter);
  const setServerSearch = useUiStore((s) => s.setServerSearch);
  return (
    <div className="filter-box">
      <label className="search-field">
        <SearchIcon />
        <input
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
      <label className="check-label" title={t('filter.serverSearchTip')}>
        <input type="checkbox" checked={serverSearch} onChange={(e) => setServerSearch(e.target.checked)} />
        {t('filter.serverSearch')}
      </label>
    </div>
  );
}
