// The application menu as data: standard roles plus our commands, whose actions live in the
// renderer (it knows the selection). Types only from Electron, so the template is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';
import type { MenuItemCommand, MenuLabels } from './menu-labels';

export interface MenuTemplateOptions {
  appName: string;
  isMac: boolean;
  labels: MenuLabels;
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

export function buildMenuTemplate({ appName, isMac, labels, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  /**
   * The renderer handles these keys itself (so a text field keeps its Delete key and a dialog
   * its F2): the menu shows the shortcut without registering it, or one key press would act twice.
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
        command('createLink', 'CmdOrCtrl+L'),
        command('retargetLink', 'F2'),
        command('followLink'),
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
        command('goUp', 'Backspace'),
        separator,
        { role: 'toggleDevTools' },
        separator,
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
