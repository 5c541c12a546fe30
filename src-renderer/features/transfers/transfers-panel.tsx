// The Transfers panel docked under the browser: a region named "Transfers", collapsible, with
// a badge counting active transfers; it opens when a transfer starts. The list is virtualized
// (thousands of small files stay cheap) and fed by batched events from main.
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { ChevronIcon } from '../../components/icons';
import { TRANSFER_ROW_HEIGHT, TransferRow } from './transfer-row';
import { useTransfersStore } from './transfers-store';

function TransferList() {
  const { t } = useTranslation();
  const order = useTransfersStore((s) => s.order);
  const byId = useTransfersStore((s) => s.byId);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Reveal in folder needs the OS file manager: not in the browser host.
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('appInfo', undefined), staleTime: Infinity });
  const canReveal = info.data?.host === 'electron';
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TRANSFER_ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => order[i] ?? i,
    initialRect: { width: 800, height: 200 },
  });
  if (order.length === 0) return <p className="transfers-empty muted">{t('transfers.empty')}</p>;
  return (
    <div ref={scrollRef} className="transfers-scroll">
      <ul className="transfers-list" aria-label={t('transfers.list')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = byId[order[v.index] ?? ''];
          return item ? <TransferRow key={item.id} item={item} start={v.start} canReveal={canReveal} /> : null;
        })}
      </ul>
    </div>
  );
}

export function TransfersPanel() {
  const { t } = useTranslation();
  const open = useTransfersStore((s) => s.panelOpen);
  const active = useTransfersStore((s) => s.totals.active);
  const count = useTransfersStore((s) => s.order.length);
  const setOpen = useTransfersStore((s) => s.setPanelOpen);
  const all = (action: 'pause' | 'resume') => void call('controlTransfers', { action });
  return (
    <section className={`transfers-panel${open ? ' open' : ''}`} aria-label={t('transfers.title')}>
      <div className="transfers-header">
        <button type="button" className="transfers-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <ChevronIcon className={`transfers-chevron${open ? ' open' : ''}`} />
          <span>{t('transfers.title')}</span>
          {active > 0 && (
            <span className="badge" aria-label={t('transfers.activeCount', { count: active })}>
              {active}
            </span>
          )}
        </button>
        <span className="toolbar-spacer" />
        {open && count > 0 && (
          <>
            <button type="button" className="button small" onClick={() => all('pause')}>
              {t('transfers.stopAll')}
            </button>
            <button type="button" className="button small" onClick={() => all('resume')}>
              {t('transfers.startAll')}
            </button>
            <button type="button" className="button small" onClick={() => void call('clearFinishedTransfers', undefined)}>
              {t('transfers.clearFinished')}
            </button>
          </>
        )}
      </div>
      {open && <TransferList />}
    </section>
  );
}
