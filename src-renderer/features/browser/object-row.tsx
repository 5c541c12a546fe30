import { storageClassLabel } from '../../components/provider-names';
import { memo, type MouseEvent } from 'react';
import { type TFunction } from 'i18next';
import { type LinkInfo, type StorageProvider } from '../../contract';
import { FileIcon, FolderIcon, LinkIcon } from '../../components/icons';
import { formatSize, formatTime } from '../../components/format';
import { writeDragPayload } from '../links/drag';
import { useBrowserDropTarget } from '../transfers/file-drop';
import { LinkBadge, linkTargetText } from '../links/link-badge';
import { needsResolution, useLinkInfo } from '../links/link-info';
import { useUiStore } from '../../state/ui-store';
import { type BrowserRow } from './rows';

export const ROW_HEIGHT = 28;

type ObjectRowProps = {
  row: BrowserRow;
  index: number;
  start: number;
  selected: boolean;
  focused: boolean;
  profileId: string;
  bucket: string;
  provider: StorageProvider;
  onMouseDown: (e: MouseEvent, row: BrowserRow) => void;
  onClick: (e: MouseEvent, row: BrowserRow) => void;
  onDoubleClick: (row: BrowserRow) => void;
  onContextMenu: (e: MouseEvent, row: BrowserRow) => void;
  onFollow: (row: BrowserRow) => void;
  /** False in a narrow table (a side panel open at 1,024 px): no storage class cell. */
  showClass: boolean;
  /** The table's translator and language: one useTranslation per table, not three per row. */
  t: TFunction;
  lang: string;
};

type DropProps = Partial<ReturnType<typeof useBrowserDropTarget>>;
const NO_DROP: DropProps = {};

export const rowDomId = (index: number): string => `object-row-${index}`;

function LinkCell({ row, info, onFollow, t }: { row: BrowserRow; info: LinkInfo | undefined; onFollow: (row: BrowserRow) => void; t: TFunction }) {
  if (!info?.isLink) {
    return row.kind === 'symlink' ? <span className="muted">{t('table.resolving')}</span> : null;
  }
  const text = linkTargetText(info);
  if (!text) {
    return (
      <span className="muted" title={t('linkState.unknown.tip')}>
        {t('linkState.unknown.label')}
      </span>
    );
  }
  // Looks like a hyperlink, so a click follows it (the row's keyboard path is Enter / "Follow link").
  return (
    <>
      <button
        type="button"
        tabIndex={-1}
        className="cell-text link-target"
        title={text}
        onClick={(e) => {
          e.stopPropagation();
          onFollow(row);
        }}
      >
        {text}
      </button>
      <LinkBadge state={info.state} />
    </>
  );
}

function RowIcon({ kind, isLink }: { kind: BrowserRow['kind']; isLink: boolean }) {
  if (kind === 'folder') return <FolderIcon />;
  return isLink ? <LinkIcon /> : <FileIcon />;
}

const BADGED_STATES = new Set<LinkInfo['state']>(['broken', 'chain', 'forbidden']);

/** "link to <target> (<state>)" for a resolved link: the row's accessible description, so its name stays just the object's name. */
function linkDescription(info: LinkInfo | undefined, t: TFunction): string {
  const target = info?.isLink ? linkTargetText(info) : '';
  if (!info || !target) return '';
  return BADGED_STATES.has(info.state)
    ? t('table.rowLinkToState', { target, state: t(`linkState.${info.state}.label`) })
    : t('table.rowLinkTo', { target });
}

/** The full name, and the provider's own id when the name differs ("Infrequent Access · IA"). */
function classTitle(label: string, raw: string): string {
  return label === raw ? label : `${label} · ${raw}`;
}

/** Folder rows take both drops: app rows make links, OS files upload into the folder. Other rows
 * take none (OS files bubble to the table), so only folders pay for the drop hooks. */
function FolderRow(props: ObjectRowProps) {
  const drop = useBrowserDropTarget(props.profileId, true, props.bucket, props.row.key, true);
  return <RowElement {...props} drop={drop} info={undefined} />;
}

/** Rows that may be links read their cached resolution; the others (folders, plain OSS objects)
 * never have one, so they skip the query observer (a page of rows mounts fewer). */
function LinkableRow(props: ObjectRowProps) {
  const info = useLinkInfo(props.profileId, props.bucket, props.row, props.provider);
  return <RowElement {...props} drop={NO_DROP} info={info} />;
}

export const ObjectRow = memo(function ObjectRow(props: ObjectRowProps) {
  if (props.row.kind === 'folder') return <FolderRow {...props} />;
  return needsResolution(props.row, props.provider) ? <LinkableRow {...props} /> : <RowElement {...props} drop={NO_DROP} info={undefined} />;
});

function RowElement(props: ObjectRowProps & { drop: DropProps; info: LinkInfo | undefined }) {
  const { row, index, start, selected, focused, profileId, bucket, provider, t, lang, drop, info } = props;
  const classLabel = storageClassLabel(provider, row.storageClass, lang);
  const isLink = row.kind === 'symlink' || info?.isLink === true;
  const isFolder = row.kind === 'folder';
  const description = linkDescription(info, t);
  const descriptionId = `${rowDomId(index)}-description`;

  return (
    <div
      role="row"
      id={rowDomId(index)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-label={row.name}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={focused ? 0 : -1}
      className={`row${selected ? ' selected' : ''}${focused ? ' focused' : ''}${isLink ? ' is-link' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      data-key={row.key}
      draggable
      onDragStart={(e) => {
        const state = useUiStore.getState();
        if (!state.selectedKeys.has(row.key)) state.selectOnly(row.key);
        const keys = useUiStore.getState().selectedKeys;
        writeDragPayload(e, { profileId, bucket, keys: [...keys] });
      }}
      onMouseDown={(e) => props.onMouseDown(e, row)}
      onClick={(e) => props.onClick(e, row)}
      onDoubleClick={() => props.onDoubleClick(row)}
      onContextMenu={(e) => props.onContextMenu(e, row)}
      {...drop}
    >
      <div role="gridcell" className="cell cell-name">
        <RowIcon kind={row.kind} isLink={isLink} />
        <span className="cell-text" title={row.key}>
          {row.name}
        </span>
        {description && (
          <span id={descriptionId} hidden>
            {description}
          </span>
        )}
      </div>
      <div role="gridcell" className="cell cell-size">
        {isFolder ? '' : formatSize(row.size, lang)}
      </div>
      <div role="gridcell" className="cell cell-time">
        {isFolder ? '' : formatTime(row.modified, lang)}
      </div>
      {props.showClass && (
        <div role="gridcell" className="cell cell-class" title={isFolder ? undefined : classTitle(classLabel, row.storageClass)}>
          {isFolder ? '' : classLabel}
        </div>
      )}
      <div role="gridcell" className="cell cell-link">
        {!isFolder && <LinkCell row={row} info={info} onFollow={props.onFollow} t={t} />}
      </div>
    </div>
  );
}
