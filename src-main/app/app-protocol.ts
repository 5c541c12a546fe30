// Serves the built renderer from app://symbucket/ (a privileged, standard, secure scheme) instead
// of file://, with the CSP header on every response and no way out of the renderer directory.
import { protocol } from 'electron';
import { serveAppFile } from './app-files';
import { APP_SCHEME } from './url-policy';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request));
}
