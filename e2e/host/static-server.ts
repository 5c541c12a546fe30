// Serves the built renderer on a loopback port with the same file mapping and security
// headers (CSP included) as the app:// protocol handler, so the browser host loads the
// same files under the same policy as the app.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mimeTypeOf, resolveAppFile } from '../../src-main/app/protocol';
import { APP_ORIGIN, securityHeaders } from '../../src-main/app/security';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a loopback request path names, by the app:// protocol's own rules (undefined: refuse). */
export function fileForRequest(rootDir: string, requestPath: string): string | undefined {
  if (!requestPath.startsWith('/')) return undefined;
  return resolveAppFile(rootDir, `${APP_ORIGIN}${requestPath}`);
}

export async function serveDirectory(rootDir: string): Promise<StaticServer> {
  const headers = securityHeaders();
  const server = createServer((req, res) => {
    const fail = (status: number): void => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(String(status));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405);
    const file = fileForRequest(rootDir, req.url ?? '/');
    if (file === undefined) return fail(404);
    stat(file)
      .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then((body) => {
        res.writeHead(200, { ...headers, 'content-type': mimeTypeOf(file), 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(() => fail(404));
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
