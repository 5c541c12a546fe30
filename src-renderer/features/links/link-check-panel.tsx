// "Check links…": a docked report of every link under a folder or bucket, checked by main with
// the links module's capped concurrency and cache: progress (objects, links, problems, rate) and
// Cancel while it runs; then counts by state and the problem links (broken, chain, forbidden,
// unknown) in a virtualized grid with Reveal, Retarget, Delete of the ticked ones, and Export CSV
// (of those problem links: main counts ok links but does not keep them).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from '../../translation';
import { type LinkInfo, type LinkState } from '../../contract';
import { ErrorView } from '../../components/error-view';
import { CloseIcon } from '../../components/icons';
import { type LinkCheckScope } from '../../state/link-check-slice';
import { useUiStore } from '../../state/ui-store';
import { LinkBadge, linkTargetText } from './link-badge';
import { linkCheckCsv } from './link-check-csv';
import { revealLink, retargetLink } from './report-actions';
import { useLinkScan } from './use-link-scan';
import { ScanProgressLine } from './scan-progress-line';
import { countFormat } from '../../components/format';

const STATES: LinkState[] = ['ok', 'broken', 'chain', 'forbidden', 'unknown'];
const ROW_HEIGHT = 30;
const NO_LINKS: LinkInfo[] = [];

function downloadCsv(links: readonly LinkInfo[], checkedAt: Date, bucket: string): void {
  const url = URL.createObjectURL(new Blob([linkCheckCsv(links, checkedAt)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `link-check-${bucket}-${checkedAt.toISOString().slice(0, 19).replace(/:/g, '')}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ProblemGrid({ bucket, problems, ticked, onTick }: { bucket: string; problems: LinkInfo[]; ticked: ReadonlySet<string>; onTick: (key: string, on: boolean) => void }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: problems.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => problems[i]?.key ?? i,
    initialRect: { width: 400, height: 400 },
  });
  return (
    <div role="grid" aria-label={t('linkCheck.problems')} aria-rowcount={problems.length + 1} className="link-check-grid">
      <div role="row" aria-rowindex={1} className="link-check-row link-check-head">
        <span role="columnheader">{t('linkCheck.link')}</span>
        <span role="columnheader">{t('linkCheck.target')}</span>
        <span role="columnheader">{t('linkCheck.actions')}</span>
      </div>
      <div ref={scrollRef} className="link-check-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const link = problems[item.index] as LinkInfo;
            const target = linkTargetText(link);
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} aria-label={link.key} className="link-check-row" style={{ transform: `translateY(${item.start}px)` }}>
                <span role="gridcell" className="link-check-cell">
                  <input type="checkbox" aria-label={t('linkCheck.tick', { key: link.key })} checked={ticked.has(link.key)} onChange={(e) => onTick(link.key, e.target.checked)} />
                  <span className="cell-text" title={link.key}>
                    {link.key}
                  </span>
                </span>
                <span role="gridcell" className="link-check-cell">
                  <span className="cell-text" title={target}>
                    {target || t('linkState.unknown.label')}
                  </span>
                  <LinkBadge state={link.state} />
                </span>
                <span role="gridcell" className="link-check-actions">
                  <button type="button" className="button" onClick={() => revealLink(bucket, link.key)}>
                    {t('linkCheck.reveal')}
                  </button>
                  <button type="button" className="button" onClick={() => retargetLink(bucket, link)}>
                    {t('linkCheck.retarget')}
                  </button>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function LinkCheckPanel() {
  const scope = useUiStore((s) => s.linkCheck);
  if (!scope) return null;
  // A new scope or run is a new report: fresh ticks, fresh scan.
  return <LinkCheckReport key={`${scope.profileId}\u0000${scope.bucket}\u0000${scope.prefix}\u0000${scope.run}`} scope={scope} />;
}

function LinkCheckReport({ scope }: { scope: LinkCheckScope & { run: number } }) {
  const { t, i18n } = useTranslation();
  const scan = useLinkScan(scope.profileId, scope.bucket, scope.prefix, scope.run);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const problems = scan.phase === 'done' ? scan.problems : NO_LINKS;
  const number = countFormat(i18n.language);
  const store = useUiStore.getState();

  return (
    <section className="link-check side-panel" aria-label={t('linkCheck.title')}>
      <header className="side-panel-header">
        <h2>{t('linkCheck.title')}</h2>
        <span className="muted cell-text" title={`${scope.bucket}/${scope.prefix}`}>
          {scope.bucket}/{scope.prefix}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" aria-label={t('common.close')} title={t('common.close')} onClick={store.closeLinkCheck}>
          <CloseIcon />
        </button>
      </header>
      {scan.phase === 'running' && <ScanProgressLine sentence="linkCheck.running" progress={scan.progress} startedAt={scan.startedAt} onCancel={scan.cancel} />}
      {scan.phase === 'failed' && <ErrorView compact error={scan.error} onRetry={store.rerunLinkCheck} />}
      {scan.phase === 'done' && (
        <>
          <p className="link-check-summary" aria-live="polite">
            {t(scan.cancelled ? 'linkCheck.stopped' : 'linkCheck.done', { scanned: number.format(scan.scanned), links: number.format(STATES.reduce((n, state) => n + scan.counts[state], 0)) })}
          </p>
          <ul className="link-check-counts" aria-label={t('linkCheck.counts')}>
            {STATES.map((state) => (
              <li key={state}>
                {t(`linkState.${state}.label`)}: {number.format(scan.counts[state])}
              </li>
            ))}
          </ul>
          <div className="link-check-toolbar">
            <button type="button" className="button" onClick={store.rerunLinkCheck}>
              {t('linkCheck.again')}
            </button>
            <button type="button" className="button" disabled={problems.length === 0} onClick={() => downloadCsv(problems, scan.checkedAt, scope.bucket)}>
              {t('linkCheck.exportCsv')}
            </button>
            <button
              type="button"
              className="button danger"
              disabled={ticked.size === 0}
              onClick={() => {
                store.openLocation(scope.bucket, scope.prefix);
                store.openDialog({ kind: 'delete', keys: [...ticked] });
              }}
            >
              {ticked.size > 0 ? t('linkCheck.deleteTicked', { count: ticked.size }) : t('linkCheck.deleteNone')}
            </button>
          </div>
          {problems.length === 0 ? (
            <p className="empty-hint">{t('linkCheck.noProblems')}</p>
          ) : (
            <ProblemGrid
              bucket={scope.bucket}
              problems={problems}
              ticked={ticked}
              onTick={(key, on) =>
                setTicked((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(key);
                  else next.delete(key);
                  return next;
                })
              }
            />
          )}
        </>
      )}
    </section>
  );
}
