// The keys no segment has listed, between two loaded stretches of a folder: one row,
// "Earlier objects — Load", that lists the next page into it in place.
import { type TFunction } from 'i18next';
import { memo } from 'react';
import { useUiStore } from '../../state/ui-store';
import { ROW_HEIGHT, rowDomId } from './object-row';
import { type GapEntry } from './row-view';

type GapRowProps = { gap: GapEntry; index: number; start: number; focused: boolean; loading: boolean; onLoad: (gap: GapEntry) => void; t: TFunction };

export const GapRow = memo(function GapRow({ gap, index, start, focused, loading, onLoad, t }: GapRowProps) {
  return (
    <div
      role="row"
      id={rowDomId(index)}
      aria-rowindex={index + 2}
      aria-label={t('table.earlierObjects')}
      tabIndex={focused ? 0 : -1}
      className={`row gap-row${focused ? ' focused' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      data-gap=""
      onMouseDown={() => useUiStore.getState().setFocusKey(gap.key)}
    >
      <div role="gridcell" className="cell gap-cell" aria-colspan={5}>
        <span className="gap-dots" aria-hidden="true">
          ⋯
        </span>
        <span>{t('table.earlierObjects')}</span>
        <button
          type="button"
          className="button small"
          tabIndex={-1}
          aria-label={t('table.loadEarlier')}
          aria-busy={loading || undefined}
          disabled={loading}
          onClick={() => onLoad(gap)}
        >
          {loading ? <span className="spinner" aria-hidden="true" /> : null}
          {t('table.load')}
        </button>
      </div>
    </div>
  );
});
