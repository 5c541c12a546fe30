// The running line of a link report (Check links…, Find links to this): a spinner, the counts
// (objects, links, problems or matches, rate) in the report's own sentence, and Cancel.
import { useTranslation } from '../../translation';
import { type ScanProgress, scanRate } from './use-scan-operation';
import { countFormat } from '../../components/format';

type ScanProgressLineProps = {
  /** The locale key of the sentence; it receives scanned, links, problems, matches, rate and `extra`. */
  sentence: string;
  progress: ScanProgress;
  startedAt: number;
  onCancel: () => void;
  extra?: Record<string, string>;
};

export function ScanProgressLine({ sentence, progress, startedAt, onCancel, extra }: ScanProgressLineProps) {
  const { t, i18n } = useTranslation();
  const number = countFormat(i18n.language);
  return (
    <div className="link-check-progress" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {t(sentence, {
          ...extra,
          scanned: number.format(progress.scanned),
          links: number.format(progress.linksFound),
          problems: number.format(progress.problems),
          matches: number.format(progress.matches ?? 0),
          rate: number.format(scanRate(progress, startedAt)),
        })}
      </span>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
