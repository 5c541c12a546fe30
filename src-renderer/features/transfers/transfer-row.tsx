// One transfer in the panel: a listitem named by its file name (then direction and state),
// with its progressbar, rate, ETA or error, and its buttons.
import { memo } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { formatSize } from '../../components/format';
import { type TransferDto } from '../../contract';
import { formatEta, formatRate, percentOf } from './transfer-format';

type Action = 'pause' | 'resume' | 'cancel' | 'retry';

const ACTIONS_BY_STATE: Record<TransferDto['state'], Action[]> = {
  queued: ['pause', 'cancel'],
  running: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  failed: ['retry', 'cancel'],
  cancelled: ['retry'],
  done: [],
};

export const TRANSFER_ROW_HEIGHT = 48;

/** The reason in the UI language, and where on the local disk it happened when main names it. */
function failureText(t: TFunction, error: NonNullable<TransferDto['error']>): string {
  const reason = t(`transfers.reason.${error.details?.reason ?? 'none'}`, { defaultValue: t(`errors.${error.code}`, { defaultValue: error.message }) });
  const path = error.details?.path;
  return path ? t('transfers.reasonAt', { reason, path }) : reason;
}

export const TransferRow = memo(function TransferRow({ item, start, canReveal }: { item: TransferDto; start: number; canReveal: boolean }) {
  const { t, i18n } = useTranslation();
  const percent = item.state === 'done' ? 100 : percentOf(item.transferred, item.size);
  const stateText = t(`transfers.state.${item.state}`);
  const direction = t(`transfers.direction.${item.direction}`);
  const detail =
    item.state === 'failed' && item.error
      ? failureText(t, item.error)
      : item.state === 'running'
        ? [formatRate(item.rate, i18n.language), formatEta(item.etaSeconds)].filter(Boolean).join(' · ')
        : '';
  const control = (action: Action) => void call('controlTransfers', { action, ids: [item.id] });
  return (
    <li
      className={`transfer-row transfer-${item.state}`}
      aria-label={`${item.name} — ${direction}, ${stateText}`}
      style={{ transform: `translateY(${start}px)`, height: TRANSFER_ROW_HEIGHT }}
    >
      <div className="transfer-main">
        <span className="transfer-name" title={item.localPath}>
          {item.name}
        </span>
        <span className="transfer-where muted">
          {item.viaLink !== undefined ? t('transfers.viaLink', { target: item.viaLink }) : `${item.bucket}/${item.key}`}
        </span>
        <span className="transfer-state">{stateText}</span>
      </div>
      <div className="transfer-progress">
        <div
          role="progressbar"
          aria-label={t('transfers.progress', { name: item.name })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="progress"
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <span className="transfer-bytes muted">
          {formatSize(item.transferred, i18n.language)} / {formatSize(item.size, i18n.language)}
        </span>
        <span className={`transfer-detail${item.state === 'failed' ? ' error-text' : ' muted'}`}>{detail}</span>
        <span className="transfer-buttons">
          {ACTIONS_BY_STATE[item.state].map((action) => (
            <button key={action} type="button" className="button small" onClick={() => control(action)}>
              {t(`transfers.action.${action}`)}
            </button>
          ))}
          {item.state === 'done' && canReveal && (
            <button type="button" className="button small" onClick={() => void call('revealTransfer', { id: item.id })}>
              {t('transfers.action.reveal')}
            </button>
          )}
        </span>
      </div>
    </li>
  );
});
