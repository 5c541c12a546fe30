// The path bar: the bucket, then one clickable segment per folder; every segment accepts link drops.
import { useTranslation } from '../../translation';
import { BucketIcon, ChevronIcon } from '../../components/icons';
import { useBrowserDropTarget } from '../transfers/file-drop';
import { useUiStore } from '../../state/ui-store';

type Segment = { label: string; prefix: string };

export function pathSegments(prefix: string): Segment[] {
  const parts = prefix.split('/').filter((p, i, all) => p !== '' || i < all.length - 1);
  let acc = '';
  return parts.map((part) => {
    acc += `${part}/`;
    return { label: part, prefix: acc };
  });
}

function Crumb({ profileId, bucket, segment, current, isRoot }: { profileId: string; bucket: string; segment: Segment; current: boolean; isRoot: boolean }) {
  const drop = useBrowserDropTarget(profileId, true, bucket, segment.prefix);
  return (
    <li className="crumb">
      {!isRoot && <ChevronIcon className="crumb-sep" />}
      <button
        type="button"
        className="crumb-button"
        aria-current={current ? 'location' : undefined}
        title={isRoot ? bucket : segment.prefix}
        onClick={() => useUiStore.getState().openLocation(bucket, segment.prefix)}
        {...drop}
      >
        {isRoot && <BucketIcon />}
        <span className="crumb-text">{segment.label}</span>
      </button>
    </li>
  );
}

export function Breadcrumb({ profileId, bucket, prefix }: { profileId: string; bucket: string; prefix: string }) {
  const { t } = useTranslation();
  const segments = [{ label: bucket, prefix: '' }, ...pathSegments(prefix)];
  return (
    <nav aria-label={t('breadcrumb.label')} className="breadcrumb">
      <ol>
        {segments.map((segment, i) => (
          <Crumb key={segment.prefix} profileId={profileId} bucket={bucket} segment={segment} current={i === segments.length - 1} isRoot={i === 0} />
        ))}
      </ol>
    </nav>
  );
}
