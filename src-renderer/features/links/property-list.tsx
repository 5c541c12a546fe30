// A label/value list for the Properties panel: a <dl> whose empty values say so.
import { type ReactNode } from 'react';
import { useTranslation } from '../../translation';

export type PropertyItem = { label: string; value: ReactNode; mono?: boolean };

export function PropertyList({ items, label }: { items: PropertyItem[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <dl className="property-list" aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className="property-item">
          <dt>{item.label}</dt>
          <dd className={item.mono ? 'mono' : undefined}>{item.value === '' || item.value === undefined ? <span className="muted">{t('properties.none')}</span> : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
