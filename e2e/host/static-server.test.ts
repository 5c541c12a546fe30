import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/security';
import { fileForRequest, serveDirectory, type StaticServer } from './static-server';

describe('fileForRequest()', () => {
  it('maps / to index.html and nested paths inside the root, ignoring the query', () => {
    expect(fileForRequest('/srv/r', '/')).toBe('/srv/r/index.html');
    expect(fileForRequest('/srv/r', '/assets/a.js?v=1')).toBe('/srv/r/assets/a.js');
  });
  it('never maps a climbing path outside the root (clamped like a browser, or refused)', () => {
    for (const attempt of ['/../secret', '/%2e%2e/secret', '/assets/../../r2/x', '/%2e%2e%2fsecret', '//evil/x']) {
      const file = fileForRequest('/srv/r', attempt);
      if (file !== undefined) expect(file.startsWith('/srv/r/')).toBe(true);
    }
    expect(fileForRequest('/srv/r', '/%2e%2e%2fsecret')).toBeUndefined();
  });
  it('refuses absolute-form request targets', () => {
    expect(fileForRequest('/srv/r', 'http://evil/x')).toBeUndefined();
  });
});

describe('serveDirectory()', () => {
  let root = '';
  let server: StaticServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'symbucket-static-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    server = await serveDirectory(root);
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on loopback and serves index.html with the app CSP header', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>t</title>');
  });
  it('serves scripts with a JavaScript content type', async () => {
    const res = await fetch(new URL('assets/app.js', server.url));
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });
  it('answers 404 for missing files and directories, 405 for other methods', async () => {
    expect((await fetch(new URL('nope.js', server.url))).status).toBe(404);
    expect((await fetch(new URL('assets', server.url))).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
