// The renderer's only door to main: window.api with one named function per contract method
// and one event subscription. ipcRenderer itself is never exposed. Built as CommonJS; imports
// only the dependency-free wire names (ipc/channels), so no zod is bundled here.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildWindowApi, eventChannel } from './ipc/channels';

const api = buildWindowApi(
  (channel, input, call) => ipcRenderer.invoke(channel, input, call),
  (event, listener) => {
    const channel = eventChannel(event);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.off(channel, forward);
    };
  },
  // OS drops: the renderer gets a File, main needs its path (File.path is gone since Electron 32).
  (file) => (typeof File !== 'undefined' && file instanceof File ? webUtils.getPathForFile(file) : ''),
);

contextBridge.exposeInMainWorld('api', api);
