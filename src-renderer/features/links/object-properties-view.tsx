// An object or a link in the Properties panel. A link shows its own facts (size, ETag, storage
// class, ACL, metadata: what main read of the link itself) and then its target: where it points
// (bucket/key across BOS buckets), its state and the target's size, type and last modified.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { type ObjectProperties, type StorageProvider } from '../../contract';
import { ErrorView } from '../../components/error-view';
import { countFormat, formatDate, formatSize } from '../../components/format';
import { storageClassLabel } from '../../components/provider-names';
import { propertiesOptions } from '../../queries/objects';
import { useUiStore } from '../../state/ui-store';
import { type ObjectActions } from '../browser/use-object-actions';
import { PropertyList, type PropertyItem } from './property-list';

type ViewProps = { profileId: string; bucket: string; provider: StorageProvider; objectKey: string; actions: ObjectActions };

/** "256 KB (262,144 B)"; below 1,000 bytes the short form already is exact. */
function sizeText(bytes: number, language: string): string {
  const short = formatSize(bytes, language);
  return bytes < 1000 ? short : `${short} (${countFormat(language).format(bytes)} B)`;
}

function MetaList({ meta }: { meta: Record<string, string> }) {
  const { t } = useTranslation();
  const entries = Object.entries(meta);
  if (entries.length === 0) return <p className="muted">{t('properties.noMeta')}</p>;
  return <PropertyList label={t('properties.meta')} items={entries.map(([k, v]) => ({ label: k, value: v, mono: true }))} />;
}

function TargetSection({ props, actions, objectKey }: { props: ObjectProperties; actions: ObjectActions; objectKey: string }) {
  const { t, i18n } = useTranslation();
  const link = props.link;
  if (!link) return null;
  const path = link.crossBucket && link.targetBucket ? `${link.targetBucket}/${link.target}` : link.target;
  const details = link.targetDetails;
  const items: PropertyItem[] = [
    { label: t('properties.target'), value: path, mono: true },
    { label: t('properties.state'), value: <span className={`state-text state-${link.state}`} title={t(`linkState.${link.state}.tip`)}>{t(`linkState.${link.state}.label`)}</span> },
  ];
  if (details) {
    items.push(
      { label: t('properties.targetSize'), value: sizeText(details.size, i18n.language) },
      { label: t('properties.targetType'), value: details.contentType || details.objectType },
      { label: t('properties.targetModified'), value: formatDate(details.lastModified, i18n.language) },
    );
  }
  return (
    <section className="properties-section" aria-label={t('properties.targetSection')}>
      <h3>{t('properties.targetSection')}</h3>
      <PropertyList items={items} />
      {link.state !== 'ok' && <p className="hint hint-warning">{t(`linkState.${link.state}.tip`)}</p>}
      <div className="properties-actions">
        <button type="button" className="button small" onClick={() => void actions.follow(objectKey)}>
          {t('properties.revealTarget')}
        </button>
        <button type="button" className="button small" onClick={() => void actions.retarget(objectKey)}>
          {t('menu.retargetLink')}
        </button>
      </div>
    </section>
  );
}

function HeadersList({ props }: { props: ObjectProperties }) {
  const { t } = useTranslation();
  const entries = Object.entries(props.headers).sort(([a], [b]) => a.localeCompare(b));
  return (
    <details className="properties-headers">
      <summary>{t('properties.headers', { count: entries.length })}</summary>
      {props.headError && <p className="hint hint-warning">{t('properties.headFailed', { message: props.headError.message })}</p>}
      {entries.length > 0 && <PropertyList items={entries.map(([k, v]) => ({ label: k, value: v, mono: true }))} />}
    </details>
  );
}

export function ObjectPropertiesView({ profileId, bucket, provider, objectKey, actions }: ViewProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery(propertiesOptions(profileId, bucket, objectKey));
  if (query.isPending) return <p className="muted">{t('properties.loading')}</p>;
  if (query.isError) return <ErrorView compact error={query.error} onRetry={() => void query.refetch()} />;
  const props = query.data;
  const general: PropertyItem[] = [
    { label: t('properties.key'), value: props.key, mono: true },
    { label: props.isLink ? t('properties.linkSize') : t('properties.size'), value: sizeText(props.size, i18n.language) },
    { label: t('properties.etag'), value: props.etag, mono: true },
    { label: t('properties.lastModified'), value: formatDate(props.lastModified, i18n.language) },
  ];
  if (!props.isLink) general.push({ label: t('properties.contentType'), value: props.contentType });
  general.push(
    { label: t('properties.storageClass'), value: storageClassLabel(provider, props.storageClass, i18n.language) },
    { label: t('properties.objectType'), value: props.objectType },
    { label: t('properties.acl'), value: props.acl ? t(`properties.aclValue.${props.acl}`, { defaultValue: props.acl }) : '' },
  );
  return (
    <>
      <section className="properties-section" aria-label={t(props.isLink ? 'properties.linkSection' : 'properties.objectSection')}>
        {props.isLink && <h3>{t('properties.linkSection')}</h3>}
        <PropertyList items={general} />
      </section>
      <section className="properties-section" aria-label={t('properties.meta')}>
        <h3>{t('properties.meta')}</h3>
        <MetaList meta={props.meta} />
        <div className="properties-actions">
          <button type="button" className="button small" onClick={() => useUiStore.getState().openDialog({ kind: 'editMetadata', key: objectKey })}>
            {t('menu.editMetadata')}
          </button>
        </div>
      </section>
      <TargetSection props={props} actions={actions} objectKey={objectKey} />
      <HeadersList props={props} />
      <p className="properties-checked muted">{t('properties.checkedAt', { time: formatDate(props.checkedAt, i18n.language) })}</p>
    </>
  );
}
