// "File exists": one existing key at a time, Replace / Skip / Keep both, and "Apply to all" to
// answer the rest the same way. The answers go back to main, which then queues the upload.
import { useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { Dialog } from '../../components/dialog';
import { useErrorMessage } from '../../components/error-view';
import { formatDate, formatSize } from '../../components/format';
import { type ConflictChoice } from '../../contract';
import { useUiStore } from '../../state/ui-store';
import { useTransfersStore } from './transfers-store';

export function ConflictDialog() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const pending = useTransfersStore((s) => s.conflicts);
  const [index, setIndex] = useState(0);
  const [decisions, setDecisions] = useState<Record<string, ConflictChoice>>({});
  const [applyToAll, setApplyToAll] = useState(false);
  if (!pending) return null;
  const current = pending.conflicts[index];
  if (!current) return null;

  const finish = async (all: Record<string, ConflictChoice>) => {
    useTransfersStore.getState().askConflicts(null);
    setIndex(0);
    setDecisions({});
    setApplyToAll(false);
    try {
      await call('resolveUploadConflicts', { planId: pending.planId, decisions: all });
      useTransfersStore.getState().setPanelOpen(true);
    } catch (error) {
      useUiStore.getState().showToast(errorMessage(error), 'error');
    }
  };

  const choose = (choice: ConflictChoice) => {
    const next = { ...decisions };
    const targets = applyToAll ? pending.conflicts.slice(index) : [current];
    for (const c of targets) next[c.key] = choice;
    const nextIndex = index + targets.length;
    if (nextIndex >= pending.conflicts.length) void finish(next);
    else {
      setDecisions(next);
      setIndex(nextIndex);
    }
  };

  const remaining = pending.conflicts.length - index;
  return (
    <Dialog title={t('conflict.title')} onClose={() => void finish(Object.fromEntries(pending.conflicts.map((c) => [c.key, 'skip' as const])))}>
      <p>{t('conflict.message', { name: current.key })}</p>
      <p className="muted">
        {t('conflict.existing', { size: formatSize(current.size, i18n.language), date: formatDate(current.lastModified, i18n.language) })}
        {' · '}
        {t('conflict.incoming', { size: formatSize(current.localSize, i18n.language) })}
      </p>
      {remaining > 1 && <p className="muted">{t('conflict.remaining', { count: remaining })}</p>}
      <label className="check-label">
        <input type="checkbox" checked={applyToAll} onChange={(e) => setApplyToAll(e.target.checked)} />
        {t('conflict.applyToAll')}
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => choose('skip')}>
          {t('conflict.skip')}
        </button>
        <button type="button" className="button" onClick={() => choose('keep-both')}>
          {t('conflict.keepBoth')}
        </button>
        <button type="button" className="button primary" data-autofocus onClick={() => choose('replace')}>
          {t('conflict.replace')}
        </button>
      </div>
    </Dialog>
  );
}
