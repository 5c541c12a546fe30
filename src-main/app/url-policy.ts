// Which URLs the app may load, navigate to or hand to the OS. Pure (no Electron import).

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

/** Only plain web pages go to the OS browser: never file:, javascript:, custom schemes or credentials. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
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
