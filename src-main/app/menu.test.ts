import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MenuCommand } from '../ipc/contract';
import { buildMenuTemplate, menuLabelsFor, setupAppMenu } from './menu';
import { electronFake, typed } from '../testing/electron-fake';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const stripMnemonic = (label: string | undefined) => label?.replace('&', '');
const template = (options: { isMac?: boolean; locale?: string; devTools?: boolean; send?: (c: MenuCommand) => void } = {}) =>
  buildMenuTemplate({ appName: 'Symbucket', isMac: options.isMac ?? false, labels: menuLabelsFor(options.locale ?? 'en-US'), devTools: options.devTools ?? false, sendCommand: options.send ?? vi.fn() });

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help, plus the app menu on macOS', () => {
    expect(template().map((m) => stripMnemonic(m.label))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(template({ isMac: true }).map((m) => stripMnemonic(m.label))).toEqual(['Symbucket', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('shows Ctrl/Cmd+L, F2 and Delete for Create link, Retarget link and Delete without registering them', () => {
    const items = flatten(template());
    const byId = (id: string) => items.find((i) => i.id === id);
    expect(byId('command.createLink')).toMatchObject({ label: 'Create Link…', accelerator: 'CmdOrCtrl+L', registerAccelerator: false });
    expect(byId('command.retargetLink')).toMatchObject({ label: 'Retarget Link…', accelerator: 'F2', registerAccelerator: false });
    expect(byId('command.properties')).toMatchObject({ label: 'Properties', accelerator: 'Alt+Enter', registerAccelerator: false });
    expect(flatten(template({ isMac: true })).find((i) => i.id === 'command.properties')).toMatchObject({ accelerator: 'Cmd+I' });
    expect(byId('command.goToKey')).toMatchObject({ label: 'Go to Key…', accelerator: 'CmdOrCtrl+G', registerAccelerator: false });
    expect(byId('command.delete')).toMatchObject({ label: 'Delete…', accelerator: 'Delete', registerAccelerator: false });
  });

  it('sends each command exactly once when its item is clicked (Select All stays the standard role)', () => {
    const send = vi.fn();
    const items = flatten(template({ send }));
    const commands = MenuCommand.options.filter((c) => c !== 'selectAll');
    for (const command of commands) {
      const item = items.find((i) => i.id === `command.${command}`);
      expect(item, command).toBeDefined();
      (item!.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(send).toHaveBeenCalledTimes(commands.length);
    expect(items.find((i) => i.id === 'command.selectAll')).toBeUndefined();
  });

  it('uses standard roles for clipboard, zoom and quit', () => {
    const roles = flatten(template()).map((i) => i.role);
    for (const role of ['copy', 'paste', 'cut', 'undo', 'selectAll', 'zoomIn', 'quit', 'windowMenu', 'about']) expect(roles).toContain(role);
  });

  it('labels the menu in Simplified Chinese for a zh locale', () => {
    const items = flatten(template({ locale: 'zh-CN' }));
    expect(template({ locale: 'zh-CN' }).map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
    expect(items.find((i) => i.id === 'command.createLink')?.label).toBe('创建链接…');
  });
});

describe('menuLabelsFor', () => {
  it('falls back to English for other locales', () => {
    expect(menuLabelsFor('de-DE')).toEqual(menuLabelsFor('en'));
    expect(menuLabelsFor('zh-TW').file).toMatch(/文件/);
  });
});

describe('Toggle Developer Tools', () => {
  it('is offered in unpackaged runs only', () => {
    expect(flatten(template({ devTools: true })).map((i) => i.role)).toContain('toggleDevTools');
    expect(flatten(template({ devTools: false })).map((i) => i.role)).not.toContain('toggleDevTools');
  });

  it('setupAppMenu installs the packaged menu without it', () => {
    setupAppMenu(typed.Menu, { appName: 'Symbucket', isMac: false, locale: 'en-US', devTools: false, sendCommand: vi.fn() });
    const installed = electronFake.menuTemplates.at(-1)!;
    expect(flatten(installed).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(flatten(installed).find((i) => i.id === 'command.refresh')).toBeDefined();
  });
});
