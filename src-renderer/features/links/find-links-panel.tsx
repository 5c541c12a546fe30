// "Find links to this": a docked report (region "Links to <name>") of the links whose target is
// an object, or lies inside a folder. Main scans the bucket or a prefix of it (and, on BOS, the
// same-region buckets ticked here, for cross-bucket links) with the Check links machinery:
// progress and Cancel while it runs, then every link found with Reveal and Retarget….
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { ErrorView } from '../../components/error-view';
import { CloseIcon } from '../../components/icons';
import { baseName, countFormat } from '../../components/format';
import { type BucketDto, type FindLinksResult, type LinkPointingHere } from '../../contract';
import { bucketsOptions } from '../../queries/profiles';
import { type FindLinksScope } from '../../state/link-check-slice';
import { useUiStore } from '../../state/ui-store';
import { LinkBadge } from './link-badge';
import { retargetLink, revealLink } from './report-actions';
import { ScanProgressLine } from './scan-progress-line';
import { useScanOperation } from './use-scan-operation';

/** Rows drawn at once; a folder with more links says how many are left out. */
const SHOWN = 1000;

type Request = { prefix: string; otherBuckets: string[] };

/** BOS buckets of the same region as `bucket` (cross-bucket links stay in one region); none on OSS. */
export function crossBucketCandidates(buckets: readonly BucketDto[], bucket: string): BucketDto[] {
  const here = buckets.find((b) => b.name === bucket);
  if (here?.provider !== 'bos') return [];
  return buckets.filter((b) => b.provider === 'bos' && b.region === here.region && b.name !== bucket);
}

export function FindLinksPanel() {
  const scope = useUiStore((s) => s.findLinks);
  if (!scope) return null;
  return <FindLinksReport key={`${scope.profileId}\u0000${scope.bucket}\u0000${scope.key}\u0000${scope.run}`} scope={scope} />;
}

/** `bucket`: the one scanned first; its name column is shown only when links were found in other buckets too. */
function ResultTable({ links, bucket }: { links: LinkPointingHere[]; bucket: string }) {
  const { t } = useTranslation();
  // In a narrow panel the link's key needs the width; the summary already names a single bucket.
  const showBucket = links.some((link) => link.bucket !== bucket);
  return (
    <div className="find-links-results">
      <table aria-label={t('findLinks.results')} className={showBucket ? 'with-bucket' : undefined}>
        <thead>
          <tr>
            <th scope="col">{t('findLinks.link')}</th>
            {showBucket && <th scope="col">{t('findLinks.bucket')}</th>}
            <th scope="col">{t('findLinks.state')}</th>
            <th scope="col">{t('linkCheck.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {links.slice(0, SHOWN).map((link) => (
            <tr key={`${link.bucket}\u0000${link.key}`} aria-label={link.key}>
              <td className="find-links-key" title={link.key}>
                {link.key}
              </td>
              {showBucket && (
                <td className="cell-text" title={link.bucket}>
                  {link.bucket}
                </td>
              )}
              <td>
                <span className="find-links-state">
                  {t(`linkState.${link.state}.label`)}
                  <LinkBadge state={link.state} />
                </span>
              </td>
              <td>
                <div className="link-check-actions">
                  <button type="button" className="button" aria-label={t('findLinks.revealLink', { key: link.key })} onClick={() => revealLink(link.bucket, link.key)}>
                    {t('linkCheck.reveal')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('findLinks.retargetLink', { key: link.key })}
                    onClick={() => retargetLink(link.bucket, { key: link.key, target: link.target, ...(link.targetBucket !== link.bucket && { targetBucket: link.targetBucket }) })}
                  >
                    {t('linkCheck.retarget')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {links.length > SHOWN && <p className="muted">{t('findLinks.more', { count: links.length - SHOWN })}</p>}
    </div>
  );
}

function FindLinksReport({ scope }: { scope: FindLinksScope & { run: number } }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { profileId, bucket, key } = scope;
  const name = baseName(key);
  const buckets = useQuery(bucketsOptions(profileId));
  const candidates = crossBucketCandidates(buckets.data ?? [], bucket);
  const [prefixText, setPrefixText] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [request, setRequest] = useState<Request & { n: number }>({ prefix: '', otherBuckets: [], n: 0 });
  const scan = useScanOperation<FindLinksResult>(
    'find-links',
    (opId) => call('findLinksTo', { profileId, bucket, key, prefix: request.prefix, otherBuckets: request.otherBuckets, opId }),
    JSON.stringify([profileId, bucket, key, request]),
  );
  const number = countFormat(i18n.language);
  const close = useUiStore((s) => s.closeFindLinks);
  const start = () => setRequest((r) => ({ prefix: prefixText.trim().replace(/^\/+/, ''), otherBuckets: [...ticked].sort(), n: r.n + 1 }));
  const where = request.prefix ? `${bucket}/${request.prefix}` : bucket;

  return (
    <section className="link-check side-panel find-links" aria-label={t('findLinks.title', { name })}>
      <header className="side-panel-header">
        <h2 className="find-links-title" title={`${bucket}/${key}`}>
          {t('findLinks.title', { name })}
        </h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} title={t('common.close')} onClick={close}>
          <CloseIcon />
        </button>
      </header>
      <form
        className="find-links-scope"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-prefix`}>{t('findLinks.prefix', { bucket })}</label>
          <input id={`${id}-prefix`} type="text" value={prefixText} placeholder={t('findLinks.prefixPlaceholder')} autoComplete="off" spellCheck={false} onChange={(e) => setPrefixText(e.target.value)} />
        </div>
        {candidates.length > 0 && (
          <fieldset className="find-links-buckets">
            <legend>{t('findLinks.otherBuckets')}</legend>
            {candidates.map((b) => (
              <label key={b.name} className="check-label">
                <input
                  type="checkbox"
                  checked={ticked.has(b.name)}
                  onChange={(e) =>
                    setTicked((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.add(b.name);
                      else next.delete(b.name);
                      return next;
                    })
                  }
                />
                {b.name}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button" disabled={scan.phase === 'running'}>
          {t('findLinks.scan')}
        </button>
      </form>
      {scan.phase === 'running' && <ScanProgressLine sentence="findLinks.running" progress={scan.progress} startedAt={scan.startedAt} onCancel={scan.cancel} extra={{ where }} />}
      {scan.phase === 'failed' && <ErrorView compact error={scan.error} onRetry={start} />}
      {scan.phase === 'done' && (
        <>
          <p className="link-check-summary" aria-live="polite">
            {t(scan.result.cancelled ? 'findLinks.stopped' : 'findLinks.done', { count: scan.result.links.length, name, scanned: number.format(scan.result.scanned), where })}
          </p>
          {scan.result.links.length > 0 ? <ResultTable links={scan.result.links} bucket={bucket} /> : <p className="empty-hint">{t('findLinks.none', { name })}</p>}
        </>
      )}
    </section>
  );
}
