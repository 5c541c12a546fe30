// Preloaded into the Electron main process (`-r`) when a spec records IPC: wraps
// ipcMain.handle and webContents.send before the app registers anything, so every request,
// response and event from the first one on is kept in globalThis.__symbucketIpcLog.
'use strict';
const { app, ipcMain } = require('electron');

const log = (globalThis.__symbucketIpcLog = []);

const handle = ipcMain.handle.bind(ipcMain);
ipcMain.handle = (channel, handler) =>
  handle(channel, async (event, ...args) => {
    log.push({ direction: 'request', channel, payload: args[0] });
    const result = await handler(event, ...args);
    log.push({ direction: 'response', channel, payload: result });
    return result;
  });

app.on('web-contents-created', (_event, contents) => {
  const send = contents.send.bind(contents);
  contents.send = (channel, ...args) => {
    log.push({ direction: 'event', channel, payload: args[0] });
    send(channel, ...args);
  };
});
