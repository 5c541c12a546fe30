// The reverse index and Find links to this through the real router (createAppCore) against the
// emulator, OSS and BOS: the index after create / retarget / delete / rename / move made in the
// app, links written behind the app's back found by the folder check and by a scan, a deleted
// target's links Broken at once, and cross-bucket BOS links found in a ticked bucket.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createAppCore, type AppCore } from '../app-core';
import type { FindLinksResult, KnownLinks, LinkInfo, PointingHere } from '../ipc/contract';
import { createMemoryCipher } from '../profiles/memory-cipher';
import { createProfilesService, LOCAL_DEMO_ID } from '../profiles/create-profiles-service';
import { closeSharedTransport } from '../storage/create-client';
import type { StorageClient } from '../storage/types';

const P = LOCAL_DEMO_ID;
let emu: RunningEmulator;
let core: AppCore;
const clients: Partial<Record<string, StorageClient>> = {};
const events: { event: string; payload: Record<string, unknown> }[] = [];

beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
  const { oss, bos, accessKeyId, accessKeySecret } = emu;
  core = await createAppCore({
    userDataDir: await mkdtemp(path.join(tmpdir(), 'symbucket-links-to-')),
    cipher: createMemoryCipher(),
    host: 'browser',
    emulator: { oss, bos, accessKeyId, accessKeySecret },
    logError: () => {},
  });
  core.router.subscribe((event, payload) => events.push({ event, payload: payload as Record<string, unknown> }));
  // A second view of the same storage, for writes behind the app's back.
  const direct = createProfilesService({ userDataDir: await mkdtemp(path.join(tmpdir(), 'symbucket-links-to-direct-')), cipher: createMemoryCipher(), demo: emu, env: {} });
  for (const b of ['demo-oss', 'demo-bos', 'demo-bos-media']) clients[b] = await direct.resolveClient(P, b);
});
afterAll(async () => {
  await core?.close();
  await closeSharedTransport();
  await emu?.close();
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await core.router.invoke(channel, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}
let ops = 0;
const opId = () => `links-to-${++ops}`;
const known = async (bucket: string, key: string) => (await call<KnownLinks>('links.knownLinksTo', { profileId: P, bucket, key })).links;
const knownKeys = async (bucket: string, key: string) => (await known(bucket, key)).map((l) => `${l.bucket}:${l.key}`);
const createLink = (bucket: string, key: string, target: string, extra: Record<string, unknown> = {}) => call('links.create', { profileId: P, bucket, key, target, ...extra });
const put = (bucket: string, key: string) => clients[bucket]!.put({ bucket, key, body: 'x' });

describe.each([
  { provider: 'oss', bucket: 'demo-oss' },
  { provider: 'bos', bucket: 'demo-bos' },
])('$provider reverse index', ({ provider, bucket }) => {
  const root = `links-to-${provider}/`;
  const target = `${root}data/q3.pdf`;
  const other = `${root}data/q4.pdf`;

  beforeAll(async () => {
    await put(bucket, target);
    await put(bucket, other);
  });

  it('knows links the app creates, and a retarget moves them to the new target', async () => {
    expect(await known(bucket, target)).toEqual([]);
    await createLink(bucket, `${root}a/one.lnk`, target);
    await createLink(bucket, `${root}b/two.lnk`, target);
    expect(await knownKeys(bucket, target)).toEqual([`${bucket}:${root}a/one.lnk`, `${bucket}:${root}b/two.lnk`]);
    // A folder: links to anything inside it.
    expect(await knownKeys(bucket, `${root}data/`)).toHaveLength(2);

    await createLink(bucket, `${root}b/two.lnk`, other, { overwrite: true });
    expect(await knownKeys(bucket, target)).toEqual([`${bucket}:${root}a/one.lnk`]);
    expect(await knownKeys(bucket, other)).toEqual([`${bucket}:${root}b/two.lnk`]);
  });

  it('forgets a deleted link, and follows a renamed and a moved one to their new keys', async () => {
    await createLink(bucket, `${root}c/three.lnk`, target);
    await createLink(bucket, `${root}c/four.lnk`, target);
    await call('ops.delete', { profileId: P, bucket, keys: [`${root}c/four.lnk`], opId: opId() });
    expect(await knownKeys(bucket, target)).not.toContain(`${bucket}:${root}c/four.lnk`);

    await call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}c/three.lnk`, to: `${root}c/renamed.lnk` }], move: true, opId: opId() });
    const afterRename = await knownKeys(bucket, target);
    expect(afterRename).toContain(`${bucket}:${root}c/renamed.lnk`);
    expect(afterRename).not.toContain(`${bucket}:${root}c/three.lnk`);

    // A folder move takes its links along: each is re-created at its new key, still aimed at the same target.
    await call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}c/`, to: `${root}moved/c/` }], move: true, opId: opId() });
    const afterMove = await knownKeys(bucket, target);
    expect(afterMove).toContain(`${bucket}:${root}moved/c/renamed.lnk`);
    expect(afterMove.filter((k) => k.includes(`${root}c/`))).toEqual([]);

    await call('ops.delete', { profileId: P, bucket, keys: [`${root}moved/`], opId: opId() });
    expect(await knownKeys(bucket, target)).toEqual([`${bucket}:${root}a/one.lnk`]);
  });

  it('a link written behind the app is found by the quick check of its folder, and a link inside a deleted selection is not counted', async () => {
    await clients[bucket]!.putSymlink({ bucket, key: `${root}data/sibling.lnk`, target });
    const before = await knownKeys(bucket, target);
    expect(before).not.toContain(`${bucket}:${root}data/sibling.lnk`);
    const answer = await call<PointingHere>('links.pointingHere', { profileId: P, bucket, keys: [target] });
    expect(answer.checkedFolders).toEqual([`${root}data/`]);
    expect(answer.targets[0]?.links.map((l) => l.key).sort()).toEqual([`${root}a/one.lnk`, `${root}data/sibling.lnk`]);
    // Deleting the target together with the sibling link: only the other link will break.
    const del = await call<PointingHere>('links.pointingHere', { profileId: P, bucket, keys: [target, `${root}data/sibling.lnk`], excludeSelection: true });
    expect(del.targets[0]?.links.map((l) => l.key)).toEqual([`${root}a/one.lnk`]);
  });

  it('a link retargeted behind the app is re-read once objects.changed marks its folder, and dropped', async () => {
    await clients[bucket]!.putSymlink({ bucket, key: `${root}a/one.lnk`, target: other });
    expect(await knownKeys(bucket, target)).toContain(`${bucket}:${root}a/one.lnk`); // not known yet
    await call('ops.newFolder', { profileId: P, bucket, prefix: `${root}a/`, name: 'sub' }); // any write there announces the folder
    expect((await known(bucket, target)).find((l) => l.key === `${root}a/one.lnk`)?.stale).toBe(true);
    const answer = await call<PointingHere>('links.pointingHere', { profileId: P, bucket, keys: [target] });
    expect(answer.targets[0]?.links.map((l) => l.key)).toEqual([`${root}data/sibling.lnk`]);
    expect(await knownKeys(bucket, other)).toEqual([`${bucket}:${root}a/one.lnk`, `${bucket}:${root}b/two.lnk`]);
  });

  it('Find links to this scans a prefix with progress and fills the index; a link hidden elsewhere is found', async () => {
    await clients[bucket]!.putSymlink({ bucket, key: `${root}deep/x/y/hidden.lnk`, target });
    const from = events.length;
    const op = opId();
    const found = await call<FindLinksResult>('links.findLinksTo', { profileId: P, bucket, key: target, prefix: root, opId: op });
    expect(found.cancelled).toBe(false);
    expect(found.links.map((l) => l.key).sort()).toEqual([`${root}data/sibling.lnk`, `${root}deep/x/y/hidden.lnk`]);
    expect(found.links.every((l) => l.bucket === bucket && l.state === 'ok' && l.target === target)).toBe(true);
    const progress = events.slice(from).filter((e) => e.event === 'links.scanProgress' && e.payload.opId === op);
    expect(progress.at(-1)?.payload).toMatchObject({ matches: 2 });
    // Numbered 0, 1, 2… in the order sent: the renderer keeps the newest.
    expect(progress.map((e) => e.payload.seq)).toEqual(progress.map((_, i) => i));
    expect(await knownKeys(bucket, target)).toEqual([`${bucket}:${root}data/sibling.lnk`, `${bucket}:${root}deep/x/y/hidden.lnk`]);
    // A prefix scan is no full scan of the bucket.
    expect((await call<KnownLinks>('links.knownLinksTo', { profileId: P, bucket, key: target })).coveredAt).toBeUndefined();
  });

  it('deleting a target makes its links Broken at once, in the index and in resolve', async () => {
    const link = `${root}data/sibling.lnk`;
    const page = await clients[bucket]!.listObjects({ bucket, prefix: link, maxKeys: 1 });
    const row = page.objects.map(({ key, etag, kind }) => ({ key, etag, kind }));
    const before = await call<LinkInfo[]>('links.resolve', { profileId: P, bucket, rows: row });
    expect(before[0]?.state).toBe('ok');
    await call('ops.delete', { profileId: P, bucket, keys: [target], opId: opId() });
    expect((await known(bucket, target)).every((l) => l.state === 'broken')).toBe(true);
    const after = await call<LinkInfo[]>('links.resolve', { profileId: P, bucket, rows: row });
    expect(after[0]?.state).toBe('broken');
  });
});

describe('BOS cross-bucket links', () => {
  it('Find links to this finds links in a ticked bucket; OSS refuses other buckets', async () => {
    const found = await call<FindLinksResult>('links.findLinksTo', { profileId: P, bucket: 'demo-bos-media', key: 'videos/intro.mp4', otherBuckets: ['demo-bos'], opId: opId() });
    expect(found.links).toEqual([{ bucket: 'demo-bos', key: 'intro-video.mp4', target: 'videos/intro.mp4', targetBucket: 'demo-bos-media', state: 'ok' }]);
    // A whole-bucket scan of each: the target bucket counts as covered.
    expect((await call<KnownLinks>('links.knownLinksTo', { profileId: P, bucket: 'demo-bos-media', key: 'videos/intro.mp4' })).coveredAt).toEqual(expect.any(Number));
    const r = await core.router.invoke('links.findLinksTo', { profileId: P, bucket: 'demo-oss', key: 'readme.txt', otherBuckets: ['demo-archive'], opId: opId() });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
