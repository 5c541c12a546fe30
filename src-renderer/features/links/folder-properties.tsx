// A folder in the Properties panel: its prefix and "Count size", a recursive listing in main
// (operations/count-tree, the count Delete… uses) with progress and Cancel. At the bucket root
// the panel is about the bucket, and Count size counts all of it (key '').
import { useEffect, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { type TreeCountDto } from '../../contract';
import { ErrorView } from '../../components/error-view';
import { countFormat, formatSize } from '../../components/format';
import { useJob } from '../operations/use-job';
import { PropertyList } from './property-list';

type Phase = { step: 'idle' } | { step: 'counting' } | { step: 'done'; count: TreeCountDto } | { step: 'failed'; error: unknown };

export function FolderProperties({ profileId, bucket, prefix }: { profileId: string; bucket: string; prefix: string }) {
  const { t, i18n } = useTranslation();
  const { begin, cancel, progress } = useJob();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const number = countFormat(i18n.language);
  // Leaving the folder (the panel shows another row) stops a count still running.
  useEffect(() => cancel, [cancel]);

  const count = () => {
    setPhase({ step: 'counting' });
    call('countKeys', { profileId, bucket, keys: [prefix], opId: begin() }).then(
      (result) => setPhase({ step: 'done', count: result }),
      (error: unknown) => setPhase({ step: 'failed', error }),
    );
  };

  const atRoot = prefix === '';
  return (
    <>
      <PropertyList
        items={
          atRoot
            ? [{ label: t('properties.bucket'), value: bucket, mono: true }]
            : [
                { label: t('properties.prefix'), value: prefix, mono: true },
                { label: t('properties.objectType'), value: t('kind.folder') },
              ]
        }
      />
      <section className="properties-section" aria-label={t('properties.countSize')}>
        {phase.step === 'counting' ? (
          <div className="properties-progress" aria-live="polite">
            <span className="spinner" aria-hidden="true" />
            <span>{t('properties.counting', { count: progress?.done ?? 0, n: number.format(progress?.done ?? 0), size: formatSize(progress?.bytes ?? 0, i18n.language) })}</span>
            <button type="button" className="button small" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button small" onClick={count}>
            {t('properties.countSize')}
          </button>
        )}
        {phase.step === 'done' && (
          <p aria-live="polite">
            {t(phase.count.cancelled ? 'properties.countStopped' : 'properties.counted', {
              objects: number.format(phase.count.objects),
              links: number.format(phase.count.links),
              size: formatSize(phase.count.bytes, i18n.language),
            })}
          </p>
        )}
        {phase.step === 'failed' && <ErrorView compact error={phase.error} onRetry={count} />}
      </section>
      {atRoot && <p className="hint">{t('properties.selectRow')}</p>}
    </>
  );
}
