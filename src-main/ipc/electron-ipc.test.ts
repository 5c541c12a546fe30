import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronFake, typed } from '../testing/electron-fake';
import { eventChannel } from './channels';
import { channelNames } from './contract';
import { bindRouterToIpc } from './electron-ipc';
import type { Router, RouterListener } from './router';

/** The shared Electron fake's ipcMain (like Electron, it refuses a second handler for one channel). */
function fakeIpcMain() {
  return { handlers: electronFake.ipcHandlers, handle: typed.ipcMain.handle, removeHandler: typed.ipcMain.removeHandler };
}

function fakeRouter() {
  const listeners = new Set<RouterListener>();
  const router: Router = {
    invoke: vi.fn(async (channel: string) => ({ ok: true as const, value: `handled ${channel}` })),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event, payload) => listeners.forEach((l) => l(event, payload)),
  };
  return { router, listeners };
}

function fakeWebContents(id: number, url = 'app://symbucket/index.html') {
  const mainFrame = { url };
  return { id, mainFrame, send: vi.fn(), isDestroyed: () => false };
}

function eventFrom(contents: ReturnType<typeof fakeWebContents>, frame: { url: string } | null = contents.mainFrame) {
  return { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

function setup() {
  const ipcMain = fakeIpcMain();
  const { router, listeners } = fakeRouter();
  const ours = fakeWebContents(1);
  const log = vi.fn();
  const dispose = bindRouterToIpc(router, ipcMain, { target: () => ours, log });
  return { ipcMain, router, listeners, ours, log, dispose };
}

describe('bindRouterToIpc', () => {
  it('registers one handler per contract channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('forwards a request from our main frame to the router', async () => {
    const { ipcMain, router, ours } = setup();
    const result = await ipcMain.handlers.get('buckets.list')!(eventFrom(ours), { profileId: 'p' }, { callId: 'c1' });
    expect(result).toEqual({ ok: true, value: 'handled buckets.list' });
    expect(router.invoke).toHaveBeenCalledWith('buckets.list', { profileId: 'p' }, { callId: 'c1' });
  });

  it('refuses another webContents with FORBIDDEN_SENDER and never reaches the router', async () => {
    const { ipcMain, router, log } = setup();
    const stranger = fakeWebContents(2);
    const result = await ipcMain.handlers.get('profiles.list')!(eventFrom(stranger), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(router.invoke).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('profiles.list'));
  });

  it('logs a refused sender on one line even when its frame URL carries control characters', async () => {
    const ipcMain = fakeIpcMain();
    const { router } = fakeRouter();
    const ours = fakeWebContents(1, 'https://evil.example/\n[ipc] profiles.save: forged\r');
    const log = vi.fn();
    bindRouterToIpc(router, ipcMain, { target: () => ours, log });
    await ipcMain.handlers.get('profiles.list')!(eventFrom(ours), undefined);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).toContain('https://evil.example/\\n[ipc] profiles.save: forged\\r');
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it('refuses a sub-frame of our window', async () => {
    const { ipcMain, router, ours } = setup();
    const result = await ipcMain.handlers.get('profiles.list')!(eventFrom(ours, { url: 'app://symbucket/index.html' }), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(router.invoke).not.toHaveBeenCalled();
  });

  it('refuses our window once it shows a foreign page, or when its frame is gone', async () => {
    const { ipcMain, router, ours } = setup();
    ours.mainFrame.url = 'https://evil.example/';
    await expect(ipcMain.handlers.get('app.info')!(eventFrom(ours), undefined)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    await expect(ipcMain.handlers.get('app.info')!(eventFrom(ours, null), undefined)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(router.invoke).not.toHaveBeenCalled();
  });

  it('sends router events to our window on the event channel', () => {
    const { router, ours } = setup();
    router.emit('menu.command', { command: 'createLink' });
    expect(ours.send).toHaveBeenCalledWith(eventChannel('menu.command'), { command: 'createLink' });
  });

  it('replaces earlier handlers when bound again', () => {
    const { ipcMain, router } = setup();
    expect(() => bindRouterToIpc(router, ipcMain, { target: () => undefined })).not.toThrow();
    expect(ipcMain.handlers.size).toBe(channelNames.length);
  });

  it('removes every handler and stops forwarding when disposed', () => {
    const { ipcMain, listeners, dispose } = setup();
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(listeners.size).toBe(0);
  });
});
