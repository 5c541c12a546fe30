// Maps an app:// request URL to a file inside the renderer directory and answers it with the
// security headers. No Electron import, so path traversal and headers are tested on Node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders } from './csp';
import { APP_HOST, APP_SCHEME } from './url-policy';

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

/**
 * The file an app:// URL names, or undefined when it is not ours or would leave `rootDir`
 * (`..`, encoded separators, NUL, absolute paths). `/` serves index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:$/.test(s))) return undefined;
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
