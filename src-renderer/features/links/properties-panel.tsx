// The Properties side panel (context menu "Properties", Alt+Enter / ⌘I, the toolbar button): a
// complementary region named "Properties" beside the table, about the cursor row or, with none,
// the current folder. Escape closes it and hands focus back to the grid.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../translation';
import { type StorageProvider } from '../../contract';
import { CloseIcon } from '../../components/icons';
import { useUiStore } from '../../state/ui-store';
import { type BrowserRow } from '../browser/rows';
import { type ObjectActions } from '../browser/use-object-actions';
import { FolderProperties } from './folder-properties';
import { LinksPointingHere } from './links-pointing-here';
import { ObjectPropertiesView } from './object-properties-view';

type PropertiesPanelProps = {
  profileId: string;
  bucket: string;
  provider: StorageProvider;
  prefix: string;
  /** The row the panel is about; null: the current folder. */
  row: BrowserRow | null;
  actions: ObjectActions;
};

/** The grid's cursor row, or the grid body when no row is rendered. */
export function focusGrid(): void {
  const target = document.querySelector<HTMLElement>('.object-grid [role="row"][tabindex="0"]') ?? document.querySelector<HTMLElement>('.object-grid .grid-body');
  target?.focus();
}

export function PropertiesPanel(props: PropertiesPanelProps) {
  const open = useUiStore((s) => s.propertiesOpen);
  return open ? <PropertiesAside {...props} /> : null;
}

function PropertiesAside({ profileId, bucket, provider, prefix, row, actions }: PropertiesPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // Opening moves focus into the panel (keyboard users read it, Escape comes back).
  useEffect(() => ref.current?.focus(), []);
  const close = () => {
    useUiStore.getState().closeProperties();
    focusGrid();
  };
  const subjectKey = row ? row.key : prefix;
  const isFolder = !row || row.kind === 'folder';

  return (
    <aside
      ref={ref}
      role="complementary"
      aria-label={t('properties.title')}
      className="properties-panel side-panel"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
    >
      <header className="side-panel-header">
        <h2>{t('properties.title')}</h2>
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" aria-label={t('properties.close')} title={t('properties.close')} onClick={close}>
          <CloseIcon />
        </button>
      </header>
      <div className="properties-body">
        <p className="properties-name" title={`${bucket}/${subjectKey}`}>
          {row ? row.name : subjectKey || bucket}
        </p>
        {isFolder ? (
          <FolderProperties key={subjectKey} profileId={profileId} bucket={bucket} prefix={subjectKey} />
        ) : (
          <ObjectPropertiesView profileId={profileId} bucket={bucket} provider={provider} objectKey={subjectKey} actions={actions} />
        )}
        {/* "Links pointing here" (reverse index) fills this slot. */}
        {subjectKey !== '' && <LinksPointingHere profileId={profileId} bucket={bucket} objectKey={subjectKey} />}
      </div>
    </aside>
  );
}
