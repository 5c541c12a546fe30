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

/** In-window navigation is allowed only inside our own origin (reloads, hash changes). */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Only plain web pages go to the OS browser: never file:, javascript:, custom schemes or credentials. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}
