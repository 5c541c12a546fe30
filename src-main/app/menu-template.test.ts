import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MenuCommand } from '../ipc/contract';
import { buildMenuTemplate } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const stripMnemonic = (label: string | undefined) => label?.replace('&', '');

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help, plus the app menu on macOS', () => {
    const send = vi.fn();
    const other = buildMenuTemplate({ appName: 'Symbucket', isMac: false, sendCommand: send }).map((m) => stripMnemonic(m.label));
    expect(other).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const mac = buildMenuTemplate({ appName: 'Symbucket', isMac: true, sendCommand: send }).map((m) => stripMnemonic(m.label));
    expect(mac).toEqual(['Symbucket', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('shows F2, Delete and Ctrl/Cmd+L for Rename, Delete and Create link without registering them', () => {
    const items = flatten(buildMenuTemplate({ appName: 'S', isMac: false, sendCommand: vi.fn() }));
    const byId = (id: string) => items.find((i) => i.id === id);
    expect(byId('command.rename')).toMatchObject({ accelerator: 'F2', registerAccelerator: false });
    expect(byId('command.delete')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    expect(byId('command.createLink')).toMatchObject({ accelerator: 'CmdOrCtrl+L', registerAccelerator: false });
  });

  it('sends each command exactly once when its item is clicked', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate({ appName: 'S', isMac: false, sendCommand: send }));
    for (const command of MenuCommand.options) {
      const item = items.find((i) => i.id === `command.${command}`);
      expect(item, command).toBeDefined();
      (item!.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(send).toHaveBeenCalledTimes(MenuCommand.options.length);
  });

  it('uses standard roles for clipboard, zoom and quit', () => {
    const roles = flatten(buildMenuTemplate({ appName: 'S', isMac: false, sendCommand: vi.fn() })).map((i) => i.role);
    for (const role of ['copy', 'paste', 'cut', 'undo', 'selectAll', 'reload', 'zoomIn', 'quit', 'windowMenu', 'about']) expect(roles).toContain(role);
  });
});
