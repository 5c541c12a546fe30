// Security policy of the shell: which URLs are ours, what may be navigated to or opened in the
// OS browser, which web permissions and IPC senders are allowed, the renderer's CSP, and the
// setupX() calls that install these rules on Electron's objects. Electron is imported as types
// only (the objects are passed in), so the browser host and the router use the same rules.
import type { App, Session, Shell, WebContents } from 'electron';
import { logSafe } from '../redaction/log-line';

export const APP_SCHEME = 'app';
export const APP_HOST = 'symbucket';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

// ---------- our own pages ----------

/** A URL of our own renderer (app://symbucket/...). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * A page of our renderer: app://symbucket, or under `npm run dev` (unpackaged only) the
 * loopback Vite dev server whose origin main was given.
 */
export function isOwnPage(url: string, devOrigins: readonly string[] = []): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  return parsed !== undefined && devOrigins.includes(parsed.origin);
}

/** In-window navigation is allowed only inside our own origin (reloads, hash changes). */
export function isNavigationAllowed(url: string, devOrigins: readonly string[] = []): boolean {
  return isOwnPage(url, devOrigins);
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The origin of a dev-server URL (ELECTRON_RENDERER_URL), accepted only for http(s) on loopback. */
export function loopbackDevOrigin(url: string | undefined): string | undefined {
  const parsed = url === undefined ? undefined : parse(url);
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  return loopbackHosts.has(parsed.hostname) ? parsed.origin : undefined;
}

export interface RendererSource {
  /** What the window loads. */
  entryUrl: string;
  /** Origins besides app:// that count as our page (the dev server under `npm run dev`). */
  devOrigins: string[];
}

/** app:// in a real run; the loopback dev server only when one is given (unpackaged runs). */
export function rendererSource(devUrl: string | undefined): RendererSource {
  const origin = loopbackDevOrigin(devUrl);
  return origin === undefined || devUrl === undefined ? { entryUrl: APP_ENTRY_URL, devOrigins: [] } : { entryUrl: devUrl, devOrigins: [origin] };
}

// ---------- the OS browser ----------

/** As typed: `scheme://` then no control character, space or backslash (the URL parser would silently fix those). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const TYPED_WEB_URL = /^https?:\/\/[^\u0000-\u0020\u007f-\u009f\\]+$/i;
const IP_HOST = /^(\d+\.){3}\d+$|^\[/;

/**
 * The URL to hand to the OS browser, as parsed (`new URL(url).href`), or undefined when it is
 * not a plain public web page: only http(s), no credentials, no IP literal or localhost, and
 * no look-alike host (an IDN `xn--` label, where Cyrillic "а" passes for Latin "a").
 */
export function externalWebUrl(url: string): string | undefined {
  if (!TYPED_WEB_URL.test(url)) return undefined;
  const parsed = parse(url);
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const host = parsed.hostname;
  if (host === '' || !host.includes('.') || IP_HOST.test(host) || host === 'localhost' || host.endsWith('.localhost')) return undefined;
  if (host.split('.').some((label) => label.startsWith('xn--'))) return undefined;
  return parsed.href;
}

export function isExternalWebUrl(url: string): boolean {
  return externalWebUrl(url) !== undefined;
}

/** Opens a web page the user clicked in the OS browser: the parsed URL, never the string as typed. */
export async function openInBrowser(shell: Pick<Shell, 'openExternal'>, url: string): Promise<void> {
  const href = externalWebUrl(url);
  if (href === undefined) throw new Error('Refusing to open a URL that is not a plain web page.');
  // externalWebUrl() above admits only parsed http(s) URLs of public hosts (accepted finding, SECURITY.md).
  await shell.openExternal(href); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}

// ---------- web permissions ----------

/** Only writing plain text to the clipboard ("Copy key") from our own page; camera, notifications... are denied. */
const allowedPermissions = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, devOrigins: readonly string[] = []): boolean {
  return allowedPermissions.has(permission) && requestingUrl !== undefined && isOwnPage(requestingUrl, devOrigins);
}

export function setupPermissionDenial(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>, devOrigins: readonly string[] = []): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL(), devOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, devOrigins));
  session.setDevicePermissionHandler(() => false);
}

// ---------- IPC senders ----------

export interface SenderFacts {
  /** webContents.id of the sender. */
  webContentsId: number;
  /** URL of event.senderFrame (undefined when the frame is gone). */
  frameUrl: string | undefined;
  /** The sender frame is the top frame of its webContents. */
  isMainFrame: boolean;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

/** Only the main frame of our own window, showing our own page, may call IPC channels. */
export function checkSender(facts: SenderFacts, trustedWebContentsIds: ReadonlySet<number>, devOrigins: readonly string[] = []): SenderVerdict {
  if (!trustedWebContentsIds.has(facts.webContentsId)) return { ok: false, reason: 'sender is not one of our windows' };
  if (!facts.isMainFrame) return { ok: false, reason: 'sender is a sub-frame' };
  if (facts.frameUrl === undefined || !isOwnPage(facts.frameUrl, devOrigins)) {
    return { ok: false, reason: `sender frame is not our app origin (${facts.frameUrl?.slice(0, 100) ?? 'no frame'})` };
  }
  return { ok: true };
}

// ---------- Content-Security-Policy ----------

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React and the virtual table set inline style attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  // All data comes through window.api, never fetch: the renderer talks to no server.
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers on every response of the app:// protocol. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

// ---------- every webContents ----------

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation away from our origin, no new windows, no <webview>. */
export function hardenWebContents(contents: HardenableContents, devOrigins: readonly string[] = []): void {
  const denyForeignNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, devOrigins)) {
      event.preventDefault();
      console.warn(logSafe(`[security] blocked navigation to ${JSON.stringify(url.slice(0, 200))}`));
    }
  };
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links the user clicks go through the app.openExternal channel (openInBrowser above).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function setupWebContentsHardening(app: Pick<App, 'on'>, devOrigins: readonly string[] = []): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigins));
}
