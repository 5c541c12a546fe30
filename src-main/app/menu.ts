// The application menu: standard roles plus our commands, whose actions live in the renderer
// (it knows the selection and whether a dialog or text field has focus, see use-menu-commands).
// The template is data built by buildMenuTemplate() and unit-tested; setupAppMenu() installs it.
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';

/** Commands that are menu items of their own; Select All stays the standard role (text fields need it). */
export type MenuItemCommand = Exclude<MenuCommand, 'selectAll'>;

export type MenuLabels = Record<'file' | 'edit' | 'view' | 'window' | 'help' | MenuItemCommand, string>;

const en: MenuLabels = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  createLink: 'Create Link…',
  retargetLink: 'Retarget Link…',
  followLink: 'Follow Link',
  delete: 'Delete…',
  refresh: 'Refresh',
  goUp: 'Go Up',
  newFolder: 'New Folder…',
  rename: 'Rename…',
  goBack: 'Back',
  goForward: 'Forward',
  properties: 'Properties',
  goToKey: 'Go to Key…',
};

const zhCN: MenuLabels = {
  file: '文件(&F)',
  edit: '编辑(&E)',
  view: '视图(&V)',
  window: '窗口(&W)',
  help: '帮助(&H)',
  createLink: '创建链接…',
  retargetLink: '修改链接目标…',
  followLink: '跟随链接',
  delete: '删除…',
  refresh: '刷新',
  goUp: '上一级',
  newFolder: '新建文件夹…',
  rename: '重命名…',
  goBack: '后退',
  goForward: '前进',
  properties: '属性',
  goToKey: '转到键…',
};

/** Chosen from the OS locale like the renderer's language. */
export function menuLabelsFor(locale: string): MenuLabels {
  return /^zh\b/i.test(locale) ? zhCN : en;
}

export interface MenuTemplateOptions {
  appName: string;
  isMac: boolean;
  labels: MenuLabels;
  /** Unpackaged runs (`npm run dev`, `npm start`) offer Toggle Developer Tools; the packaged app does not. */
  devTools: boolean;
  /** Sends a `menu.command` event to the renderer. */
  sendCommand(command: MenuCommand): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function macAppMenu(appName: string): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

export function buildMenuTemplate({ appName, isMac, labels, devTools, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  /**
   * The renderer handles these keys itself (so a text field keeps its Delete key and a dialog
   * its F2): the menu shows the shortcut without registering it, or one key press would act
   * twice. macOS registers menu accelerators anyway, so the renderer's dispatcher drops
   * commands while a dialog is open or a text field has focus.
   */
  const command = (command: MenuItemCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: `command.${command}`,
    label: labels[command],
    ...(accelerator !== undefined && { accelerator, registerAccelerator: false }),
    click: () => sendCommand(command),
  });
  return [
    ...(isMac ? [macAppMenu(appName)] : []),
    {
      label: labels.file,
      submenu: [
        command('newFolder'),
        command('rename'),
        separator,
        command('createLink', 'CmdOrCtrl+L'),
        command('retargetLink', 'F2'),
        command('followLink'),
        separator,
        command('properties', isMac ? 'Cmd+I' : 'Alt+Enter'),
        separator,
        command('delete', 'Delete'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, separator, { role: 'selectAll' }],
    },
    {
      label: labels.view,
      submenu: [
        command('refresh', 'CmdOrCtrl+R'),
        command('goBack', isMac ? 'Cmd+[' : 'Alt+Left'),
        command('goForward', isMac ? 'Cmd+]' : 'Alt+Right'),
        command('goUp', 'Backspace'),
        command('goToKey', 'CmdOrCtrl+G'),
        separator,
        ...(devTools ? [{ role: 'toggleDevTools' } as const, separator] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { label: labels.window, role: 'windowMenu' },
    { label: labels.help, role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}

export interface AppMenuOptions extends Omit<MenuTemplateOptions, 'labels'> {
  locale: string;
}

export function setupAppMenu(menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>, { locale, ...options }: AppMenuOptions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate({ ...options, labels: menuLabelsFor(locale) })));
}
