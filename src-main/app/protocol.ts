// The app:// protocol: serves the built renderer from app://symbucket/ (a privileged, standard,
// secure scheme) instead of file://, with the security headers on every response and no way
// out of the renderer directory. Electron objects are passed in, so the browser host's static
// server uses the same resolveAppFile() on Node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, securityHeaders } from './security';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Decodes percent-escapes until nothing changes, so `%252e%252e` is seen as the `..` it becomes. */
function fullyDecoded(pathname: string): string | undefined {
  let current = pathname;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return current;
    current = next;
  }
  return undefined; // still encoded after four rounds: nobody legitimate does that
}

/**
 * The file an app:// URL names, or undefined when it is not ours or would leave `rootDir`:
 * `..` and `.` segments however encoded (once, twice, overlong UTF-8 is invalid and refused),
 * backslashes, NUL and other control characters, drive letters, absolute paths. `/` serves
 * index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  const pathname = fullyDecoded(url.pathname);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (pathname === undefined || /[\u0000-\u001f\u007f\\]/.test(pathname) || pathname.includes('\uff0e') || pathname.includes('\u2215')) return undefined;
  const segments = pathname.split('/').filter((s) => s !== '');
  // Dot-only segments, and trailing dots or spaces (Windows drops them: `..%20` is `..` there).
  if (segments.some((s) => /^\.+$/.test(s) || /[. ]$/.test(s) || s.trim() !== s || /^[a-zA-Z]:/.test(s))) return undefined;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : undefined;
}

function errorResponse(status = 404): Response {
  return new Response(status === 405 ? 'Method not allowed' : 'Not found', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() },
  });
}

export async function serveAppFile(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
  const file = resolveAppFile(rendererDir, request.url);
  if (file === undefined) return errorResponse();
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache', ...securityHeaders() },
    });
  } catch {
    return errorResponse();
  }
}

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request));
}
