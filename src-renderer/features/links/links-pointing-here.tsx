// The Properties panel's "N links point here (as of <time>)", or "Not scanned yet — Scan", from
// main's reverse index (no request to the storage): what scans, listings and the app's own
// writes have shown so far. Scan opens Find links to this, whose scan fills the index.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { queryKeys } from '../../queries/keys';
import { useUiStore } from '../../state/ui-store';

export type LinksPointingHereProps = {
  profileId: string;
  bucket: string;
  /** The object's key, or a folder's prefix (ending in '/'). */
  objectKey: string;
};

/** After a scan (Check links, Find links) the index knows more: every "links point here" line asks again. */
export function refreshLinksHere(qc: QueryClient): void {
  void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'properties' && q.queryKey.at(-1) === 'linksHere' });
}

export function LinksPointingHere({ profileId, bucket, objectKey }: LinksPointingHereProps) {
  const { t, i18n } = useTranslation();
  const known = useQuery({
    queryKey: queryKeys.linksHere(profileId, bucket, objectKey),
    queryFn: ({ signal }) => call('knownLinksTo', { profileId, bucket, key: objectKey }, signal),
  });
  if (!known.data) return null;
  const { links, coveredAt } = known.data;
  const latestSeen = links.reduce((at, l) => Math.max(at, l.seenAt), 0);
  const asOf = coveredAt ?? (links.length > 0 ? latestSeen : undefined);
  const scan = (
    <button type="button" className="button small" onClick={() => useUiStore.getState().openFindLinks({ profileId, bucket, key: objectKey })}>
      {coveredAt === undefined ? t('linksHere.scan') : t('menu.findLinks')}
    </button>
  );
  return (
    <section className="properties-section" aria-label={t('linksHere.title')}>
      <h3>{t('linksHere.title')}</h3>
      <p className="links-at-risk-row" title={links.map((l) => `${l.bucket}/${l.key}`).join('\n')}>
        {asOf === undefined ? t('linksHere.notScanned') : t('linksHere.count', { count: links.length, time: new Date(asOf).toLocaleString(i18n.language) })} {scan}
      </p>
    </section>
  );
}
