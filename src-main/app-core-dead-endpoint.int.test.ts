// Fault injection through the composition root: a profile whose endpoint accepts connections and
// never answers (a black hole) must not delay link work on the healthy demo profile, and every
// request on it can be cancelled through the call options + ops.cancel.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from './app-core';
import type { LinkInfo, ProfileDto, Result } from './ipc/contract';
import { createMemoryCipher } from './profiles/memory-cipher';

let core: AppCore;
let userDataDir: string;
let blackHole: Server;
/** Connections the black hole holds open (it never answers). */
const sockets = new Set<Socket>();
let deadProfile: ProfileDto;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  blackHole = createServer((socket) => {
    sockets.add(socket); // read nothing, answer nothing
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  const port = (blackHole.address() as { port: number }).port;
  userDataDir = await mkdtemp(path.join(tmpdir(), 'dead-endpoint-'));
  core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', logError: () => {} });
  deadProfile = value<ProfileDto>(
    await core.router.invoke('profiles.save', {
      name: 'Black hole',
      provider: 'bos',
      endpoint: `http://127.0.0.1:${port}`,
      region: 'bj',
      addressing: 'path',
      accessKeyId: 'AKDEAD',
      accessKeySecret: 'dead-endpoint-secret',
    }),
  );
});
afterAll(async () => {
  await core?.close();
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => blackHole.close(() => resolve()));
  await rm(userDataDir, { recursive: true, force: true });
});

// BOS rows of kind 'object' each need a HEAD: 50 of them fill far more than one endpoint's slots.
const deadRows = Array.from({ length: 50 }, (_, i) => ({ key: `stuck/${i}.bin`, etag: `e${i}`, kind: 'object' as const }));

describe('a black-holed profile', () => {
  it('does not delay a resolve on the healthy demo profile, and its own resolve is cancelled on request', async () => {
    const stuck = core.router.invoke('links.resolve', { profileId: deadProfile.id, bucket: 'dead-bucket', rows: deadRows }, { callId: 'stuck-resolve' });
    // Let the stuck resolve take its slots first (connections open on the black hole).
    const deadline = Date.now() + 5_000;
    while (sockets.size === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(sockets.size).toBeGreaterThan(0);

    const started = Date.now();
    const infos = value<LinkInfo[]>(
      await core.router.invoke('links.resolve', { profileId: 'local-demo', bucket: 'demo-oss', rows: [{ key: 'latest-report.pdf', etag: 'x', kind: 'symlink' }] }),
    );
    expect(infos).toEqual([expect.objectContaining({ key: 'latest-report.pdf', isLink: true, target: 'docs/reports/2026/q3.pdf', state: 'ok' })]);
    expect(Date.now() - started).toBeLessThan(3_000);

    // The renderer scrolled away: it cancels the stuck call, which answers at once.
    const cancelledAt = Date.now();
    await expect(core.router.invoke('ops.cancel', { opId: 'stuck-resolve' })).resolves.toEqual({ ok: true, value: null });
    await expect(stuck).resolves.toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(Date.now() - cancelledAt).toBeLessThan(1_000);
  }, 20_000);
});
