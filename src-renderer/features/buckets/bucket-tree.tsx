// Sidebar bucket list: a tree of treeitems named by bucket; each accepts link drops.
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent } from 'react';
import { useTranslation } from '../../translation';
import { type BucketDto } from '../../contract';
import { EmptyState, ErrorView } from '../../components/error-view';
import { BucketIcon } from '../../components/icons';
import { regionLabel } from '../../components/provider-names';
import { bucketsOptions } from '../../queries/profiles';
import { useUiStore } from '../../state/ui-store';
import { isConnectionError } from '../connection/use-connection-lost';
import { useLinkDropTarget } from '../links/drag';

function BucketItem({ profileId, bucket, selected, tabbable }: { profileId: string; bucket: BucketDto; selected: boolean; tabbable: boolean }) {
  const { t, i18n } = useTranslation();
  const drop = useLinkDropTarget(profileId, bucket.name, '');
  const open = () => useUiStore.getState().openLocation(bucket.name);
  return (
    <li
      role="treeitem"
      aria-label={bucket.name}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={`tree-item${selected ? ' selected' : ''}`}
      title={`${bucket.name} · ${regionLabel(bucket.provider, bucket.region, i18n.language)}`}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      }}
      {...drop}
    >
      <BucketIcon />
      <span className="tree-text">{bucket.name}</span>
      <span className={`provider-tag provider-${bucket.provider}`} aria-hidden="true">
        {t(`provider.short.${bucket.provider}`)}
      </span>
    </li>
  );
}

/** Up/Down/Home/End move between treeitems. */
function moveInTree(e: KeyboardEvent<HTMLUListElement>) {
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null;
  if (next === null) return;
  e.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
}

export function BucketTree({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const current = useUiStore((s) => s.bucket);
  const query = useQuery(bucketsOptions(profileId));
  if (query.isPending) return <p className="sidebar-note">{t('buckets.loading')}</p>;
  if (query.isError && query.data === undefined) {
    // Without a connection the banner above says so and retries; no second Retry here.
    return isConnectionError(query.error) ? <p className="sidebar-note">{t('connection.notLoaded')}</p> : <ErrorView compact error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.length === 0) return <EmptyState title={t('buckets.none')} hint={t('buckets.noneHint')} />;
  const selectedIndex = query.data.findIndex((b) => b.name === current);
  return (
    // After a failed refetch the last good list stays, marked stale.
    <ul role="tree" aria-label={t('buckets.label')} className={`tree${query.isError ? ' stale' : ''}`} onKeyDown={moveInTree}>
      {query.data.map((bucket, i) => (
        <BucketItem key={bucket.name} profileId={profileId} bucket={bucket} selected={bucket.name === current} tabbable={i === Math.max(0, selectedIndex)} />
      ))}
    </ul>
  );
}
