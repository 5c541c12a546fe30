import { useTranslation } from '../../translation';
import { type LinkInfo } from '../../contract';

const BADGED = new Set(['broken', 'chain', 'forbidden']);

/** A small badge for link targets that will not open normally; the tooltip says why. */
export function LinkBadge({ state }: { state: LinkInfo['state'] }) {
  const { t } = useTranslation();
  if (!BADGED.has(state)) return null;
  const tip = t(`linkState.${state}.tip`);
  return (
    <span className={`badge badge-${state}`} title={tip} aria-label={`${t(`linkState.${state}.label`)}: ${tip}`}>
      {t(`linkState.${state}.label`)}
    </span>
  );
}

export function linkTargetText(info: LinkInfo): string {
  if (!info.target) return '';
  return info.crossBucket && info.targetBucket ? `${info.targetBucket}/${info.target}` : info.target;
}
