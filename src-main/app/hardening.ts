// Applies to every webContents the app ever creates: no navigation away from our origin, no
// new windows, no <webview>, and no web permissions except writing text to the clipboard.
import { app, type Session, type WebContents } from 'electron';
import { isPermissionAllowed } from './permission-policy';
import { isNavigationAllowed } from './url-policy';

export function hardenWebContents(contents: WebContents, devOrigins: readonly string[] = []): void {
  const denyForeignNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, devOrigins)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links the user clicks go through the app.openExternal channel (http/https only).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function setupWebContentsHardening(devOrigins: readonly string[] = []): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigins));
}

export function setupPermissionDenial(session: Session, devOrigins: readonly string[] = []): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL(), devOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, devOrigins));
  session.setDevicePermissionHandler(() => false);
}
