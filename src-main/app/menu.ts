// Installs the application menu; its commands reach the renderer as `menu.command` events.
import { app, Menu } from 'electron';
import type { Router } from '../ipc/router';
import { menuLabelsFor } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

export function setupAppMenu(router: Pick<Router, 'emit'>): void {
  const template = buildMenuTemplate({
    appName: app.name,
    isMac: process.platform === 'darwin',
    labels: menuLabelsFor(app.getLocale()),
    sendCommand: (command) => router.emit('menu.command', { command }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
