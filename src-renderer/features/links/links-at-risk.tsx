// The line a delete, rename or move dialog shows before it acts: how many known links point at
// the selection and will break ("3 links point to q3.pdf and will break"), from main's reverse
// index after a quick check of the links in the selection's folders, and "Find links to this"
// to be sure (a scan of the bucket): for one key beside the note, for several beside each
// warned target (the same name, described by its line).
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { baseName } from '../../components/format';
import { type PointingHere } from '../../contract';
import { queryKeys } from '../../queries/keys';
import { useUiStore } from '../../state/ui-store';

const SHOWN = 5;

type LinksAtRiskProps = {
  profileId: string;
  bucket: string;
  keys: readonly string[];
  /** A delete: links inside the selection go with it and are not counted. */
  excludeSelection: boolean;
};

export function usePointingHere({ profileId, bucket, keys, excludeSelection }: LinksAtRiskProps) {
  return useQuery({
    queryKey: queryKeys.pointingHere(profileId, bucket, excludeSelection, keys),
    queryFn: ({ signal }) => call('linksPointingHere', { profileId, bucket, keys: keys.slice(0, 1000), excludeSelection }, signal),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

function FindLinksButton({ profileId, bucket, objectKey, describedBy }: { profileId: string; bucket: string; objectKey: string; describedBy?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button small" aria-describedby={describedBy} onClick={() => useUiStore.getState().openFindLinks({ profileId, bucket, key: objectKey })}>
      {t('menu.findLinks')}
    </button>
  );
}

function WarnedTarget({ target, findLinks }: { target: PointingHere['targets'][number]; findLinks?: { profileId: string; bucket: string } }) {
  const { t } = useTranslation();
  const lineId = useId();
  return (
    <li className="links-at-risk-row" title={target.links.map((l) => `${l.bucket}/${l.key}`).join('\n')}>
      <span id={lineId}>{t('linksAtRisk.willBreak', { count: target.links.length, name: baseName(target.key) })}</span>
      {findLinks && <FindLinksButton {...findLinks} objectKey={target.key} describedBy={lineId} />}
    </li>
  );
}

/** `findLinks`: a button per warned target (several keys; one key has its button beside the note). */
function Lines({ answer, findLinks }: { answer: PointingHere; findLinks?: { profileId: string; bucket: string } }) {
  const { t } = useTranslation();
  const atRisk = answer.targets.filter((target) => target.links.length > 0);
  if (atRisk.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <ul className="links-at-risk">
        {atRisk.slice(0, SHOWN).map((target) => (
          <WarnedTarget key={target.key} target={target} {...(findLinks && { findLinks })} />
        ))}
        {atRisk.length > SHOWN && <li>{t('linksAtRisk.moreTargets', { count: atRisk.length - SHOWN })}</li>}
      </ul>
    </div>
  );
}

export function LinksAtRisk(props: LinksAtRiskProps) {
  const { t, i18n } = useTranslation();
  const query = usePointingHere(props);
  const single = props.keys.length === 1 ? props.keys[0] : undefined;
  const findLinks = single !== undefined && <FindLinksButton profileId={props.profileId} bucket={props.bucket} objectKey={single} />;
  if (query.isPending) {
    return (
      <p className="hint" role="status">
        {t('linksAtRisk.checking')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <p className="hint links-at-risk-row">
        {t('linksAtRisk.unknown')} {findLinks}
      </p>
    );
  }
  const answer = query.data;
  const total = answer.targets.reduce((n, target) => n + target.links.length, 0);
  const asOf = answer.coveredAt !== undefined ? new Date(answer.coveredAt).toLocaleString(i18n.language) : undefined;
  return (
    <>
      <Lines answer={answer} {...(single === undefined && { findLinks: { profileId: props.profileId, bucket: props.bucket } })} />
      <p className="hint links-at-risk-row">
        {total === 0 ? t(asOf ? 'linksAtRisk.noneScanned' : 'linksAtRisk.noneKnown', { asOf }) : asOf ? t('linksAtRisk.scannedAt', { asOf }) : t('linksAtRisk.notScanned')} {findLinks}
      </p>
    </>
  );
}
