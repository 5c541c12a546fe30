// Right-click menu on a row: role menu, arrow keys move, Esc or a click elsewhere closes.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../../translation';
import { isMacPlatform, modShortcut } from '../../components/platform';
import { useUiStore } from '../../state/ui-store';
import { type ObjectActions } from './use-object-actions';
import { type BrowserRow } from './rows';

type MenuItem = { id: string; label: string; shortcut?: string; keyshortcuts?: string; run: () => void };

type Translate = (key: string, values?: Record<string, string>) => string;

/** The commands offered for one row; which ones depends on its kind. Shortcut labels follow the platform. */
export function menuItemsFor(row: BrowserRow, isLink: boolean, actions: ObjectActions, selection: string[], t: Translate, mac = isMacPlatform()): MenuItem[] {
  const items: MenuItem[] = [];
  const enter = { shortcut: t('keys.enter'), keyshortcuts: 'Enter' };
  if (row.kind === 'folder') items.push({ id: 'open', label: t('menu.open'), ...enter, run: () => actions.open(row) });
  // A plain object opens with the OS default app (downloaded to the cache first).
  if (row.kind === 'object' && !isLink) items.push({ id: 'openObject', label: t('menu.openObject'), ...enter, run: () => actions.open(row) });
  if (isLink) items.push({ id: 'follow', label: t('menu.followLink'), ...enter, run: () => void actions.follow(row.key) });
  items.push({ id: 'copyTarget', label: t('menu.copyTargetPath'), run: () => actions.copyTargetPath(row.key) });
  const createShortcut = { shortcut: t(mac ? 'keys.modMac' : 'keys.mod', { key: 'L' }), keyshortcuts: modShortcut('L', mac) };
  items.push({ id: 'create', label: t('menu.createLink'), ...createShortcut, run: () => actions.createLink(row.key) });
  if (isLink) items.push({ id: 'retarget', label: t('menu.retargetLink'), shortcut: t('keys.f2'), keyshortcuts: 'F2', run: () => void actions.retarget(row.key) });
  items.push({ id: 'copyKey', label: t('menu.copyKey'), run: () => void actions.copyKey(row.key) });
  if (row.kind === 'folder') items.push({ id: 'checkLinks', label: t('menu.checkLinks'), run: () => actions.checkLinks(row.key) });
  items.push({ id: 'findLinks', label: t('menu.findLinks'), run: () => actions.findLinks(row.key) });
  // The selection when the row is part of it, else the row alone; folders count (recursively).
  const keys = selection.includes(row.key) ? selection : [row.key];
  items.push({ id: 'download', label: t('menu.download'), run: () => actions.download(keys) });
  if (row.kind === 'folder') {
    items.push({ id: 'uploadFiles', label: t('menu.uploadFilesHere'), run: () => void actions.transfers.uploadWithDialog('files', row.key) });
    items.push({ id: 'uploadFolder', label: t('menu.uploadFolderHere'), run: () => void actions.transfers.uploadWithDialog('folder', row.key) });
  }
  // F2 stays Retarget on links; Rename is then only here.
  const f2 = isLink ? {} : { shortcut: t('keys.f2'), keyshortcuts: 'F2' };
  items.push({ id: 'rename', label: t('menu.rename'), ...f2, run: () => actions.rename(row.key) });
  items.push({ id: 'copyTo', label: t('menu.copyTo'), run: () => actions.transfer('copy', keys) });
  items.push({ id: 'moveTo', label: t('menu.moveTo'), run: () => actions.transfer('move', keys) });
  if (row.kind !== 'folder') items.push({ id: 'share', label: t('menu.shareUrl'), run: () => actions.share(row.key) });
  if (row.kind !== 'folder') items.push({ id: 'editMetadata', label: t('menu.editMetadata'), run: () => actions.editMetadata(row.key) });
  const props = mac ? { shortcut: t('keys.modMac', { key: 'I' }), keyshortcuts: 'Meta+I' } : { shortcut: t('keys.altEnter'), keyshortcuts: 'Alt+Enter' };
  items.push({ id: 'properties', label: t('menu.properties'), ...props, run: () => actions.properties(row.key) });
  items.push({ id: 'newFolder', label: t('menu.newFolder'), run: () => actions.newFolder() });
  // macOS keyboards have no Delete key next to Return: Cmd+Backspace works too (use-shortcuts).
  const del = mac ? { shortcut: t('keys.deleteMac'), keyshortcuts: 'Meta+Backspace Delete' } : { shortcut: t('keys.delete'), keyshortcuts: 'Delete' };
  items.push({ id: 'delete', label: t('menu.delete'), ...del, run: () => actions.remove(keys) });
  return items;
}

/** The table's own menu (a click beside the rows): what can be done in the current folder. */
export function folderMenuItems(prefix: string, actions: ObjectActions, t: Translate): MenuItem[] {
  return [
    { id: 'uploadFiles', label: t('menu.uploadFilesHere'), run: () => void actions.transfers.uploadWithDialog('files', prefix) },
    { id: 'uploadFolder', label: t('menu.uploadFolderHere'), run: () => void actions.transfers.uploadWithDialog('folder', prefix) },
  ];
}

export function ContextMenu({ actions }: { actions: ObjectActions }) {
  const { t } = useTranslation();
  const menu = useUiStore((s) => s.contextMenu);
  const ref = useRef<HTMLDivElement>(null);
  const closeMenu = useUiStore((s) => s.closeContextMenu);
  const returnFocus = useRef<HTMLElement | null>(null);
  /** Closing hands focus back to the row, so a dialog opened next restores focus there too. */
  const close = useCallback(() => {
    if (ref.current?.contains(document.activeElement)) returnFocus.current?.focus();
    closeMenu();
  }, [closeMenu]);
  const selectedKeys = useUiStore((s) => s.selectedKeys);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const row = menu ? actions.rowByKey.get(menu.key) : undefined;
  const prefix = useUiStore((s) => s.prefix);
  const bucket = useUiStore((s) => s.bucket);
  const background = menu?.background === true;

  useLayoutEffect(() => {
    if (!menu || !ref.current) return;
    if (!ref.current.contains(document.activeElement) && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    // Keep the menu inside the window.
    const { width, height } = ref.current.getBoundingClientRect();
    setPosition({ left: Math.max(4, Math.min(menu.x, window.innerWidth - width - 4)), top: Math.max(4, Math.min(menu.y, window.innerHeight - height - 4)) });
    ref.current.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  useEffect(() => {
    if (!menu) return undefined;
    const onPointer = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    const onBlur = () => close();
    window.addEventListener('mousedown', onPointer, true);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('mousedown', onPointer, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [menu, close]);

  if (!menu || (!row && !background)) return null;
  const items = row && !background ? menuItemsFor(row, actions.isLink(row), actions, [...selectedKeys], t) : folderMenuItems(prefix, actions, t);
  const label = row && !background ? row.name : prefix || (bucket ?? '');

  const moveFocus = (delta: number) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLElement);
    buttons[(current + delta + buttons.length) % buttons.length]?.focus();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={position ?? { left: menu.x, top: menu.y }}
      onContextMenu={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') moveFocus(1);
        else if (e.key === 'ArrowUp') moveFocus(-1);
        else if (e.key === 'Escape' || e.key === 'Tab') close();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-label={item.label}
          aria-keyshortcuts={item.keyshortcuts}
          className="menu-item"
          onClick={() => {
            close();
            item.run();
          }}
        >
          <span className="menu-label">{item.label}</span>
          {item.shortcut && <span className="menu-shortcut" aria-hidden="true">{item.shortcut}</span>}
        </button>
      ))}
    </div>
  );
}
