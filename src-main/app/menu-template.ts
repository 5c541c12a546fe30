// The application menu as data: standard roles plus our commands, whose actions live in the
// renderer (it knows the selection). Types only from Electron, so the template is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';

export interface MenuTemplateOptions {
  appName: string;
  isMac: boolean;
  /** Sends a `menu.command` event to the renderer. */
  sendCommand(command: MenuCommand): void;
}

/**
 * The renderer handles these keys itself (so a text field keeps its Delete key): the menu only
 * shows the shortcut and does not register it, or one key press would act twice.
 */
function commandItem(label: string, command: MenuCommand, accelerator: string | undefined, send: (c: MenuCommand) => void): MenuItemConstructorOptions {
  return {
    id: `command.${command}`,
    label,
    ...(accelerator !== undefined && { accelerator, registerAccelerator: false }),
    click: () => send(command),
  };
}

export function buildMenuTemplate({ appName, isMac, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const objectCommands: MenuItemConstructorOptions[] = [
    commandItem('Follow Link', 'followLink', undefined, sendCommand),
    commandItem('Create Link…', 'createLink', 'CmdOrCtrl+L', sendCommand),
    commandItem('Rename…', 'rename', 'F2', sendCommand),
    commandItem('Delete…', 'delete', 'Delete', sendCommand),
  ];
  return [
    ...appMenu,
    { label: '&File', submenu: [...objectCommands, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Window', role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
