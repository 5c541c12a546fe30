// Fault injection on the files behind the profiles panel, through the composition root: damaged,
// foreign and unreadable profiles.json / vault.json never make profiles vanish silently nor stop
// the core from starting, and the profiles panel hears about it (profiles.notices).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from './app-core';
import type { BucketDto, ProfileDto, Result, StoreNotice } from './ipc/contract';
import { createMemoryCipher } from './profiles/memory-cipher';
import type { SecretCipher } from './profiles/secret-cipher';

const temps: string[] = [];
const cores: AppCore[] = [];
afterAll(async () => {
  await Promise.all(cores.map((core) => core.close()));
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function start(userDataDir: string, cipher: SecretCipher): Promise<AppCore> {
  const core = await createAppCore({ userDataDir, cipher, host: 'browser', logError: () => {} });
  cores.push(core);
  return core;
}

const names = ['Alpha', 'Beta', 'Gamma'];

/** A user-data dir with three saved OSS profiles (secrets in the vault), its core closed again. */
async function savedThree(): Promise<{ dir: string; cipher: SecretCipher; ids: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'store-recovery-'));
  temps.push(dir);
  const cipher = createMemoryCipher();
  const core = await start(dir, cipher);
  const ids: string[] = [];
  for (const name of names) {
    const saved = value<ProfileDto>(await core.router.invoke('profiles.save', { name, provider: 'oss', region: 'cn-hangzhou', accessKeyId: `AK-${name}`, accessKeySecret: `secret-${name}-0123456789` }));
    ids.push(saved.id);
  }
  await core.close();
  return { dir, cipher, ids };
}

const listed = async (core: AppCore) => value<ProfileDto[]>(await core.router.invoke('profiles.list', undefined));
const notices = async (core: AppCore) => value<StoreNotice[]>(await core.router.invoke('profiles.notices', undefined));
const demoStillWorks = async (core: AppCore) => expect(value<BucketDto[]>(await core.router.invoke('buckets.list', { profileId: 'local-demo' })).length).toBeGreaterThan(0);

describe('profiles.json damaged', () => {
  it('one invalid entry (a 101-character name, an unknown provider) keeps every other profile and names what was set aside', async () => {
    const { dir, cipher } = await savedThree();
    const file = path.join(dir, 'profiles.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.profiles[1].name = 'x'.repeat(101);
    doc.profiles.push({ ...doc.profiles[0], id: 'other', name: 'Gcs', provider: 'gcs' });
    const original = JSON.stringify(doc);
    writeFileSync(file, original);
    const core = await start(dir, cipher);
    expect((await listed(core)).map((p) => p.name)).toEqual(['Local demo', 'Alpha', 'Gamma']);
    expect((await listed(core)).find((p) => p.name === 'Gamma')).toMatchObject({ hasSecret: true });
    const [notice] = await notices(core);
    expect(notice).toMatchObject({ kind: 'repaired', path: file, backupPath: `${file}.bak` });
    expect(notice!.setAside).toEqual([expect.stringMatching(/^profile 2 "x+": name: /), expect.stringMatching(/^profile 4 "Gcs": provider: /)]);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  });

  it('truncated in the middle of the third profile keeps the first two', async () => {
    const { dir, cipher } = await savedThree();
    const file = path.join(dir, 'profiles.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('"Gamma"') + 3));
    const core = await start(dir, cipher);
    expect((await listed(core)).map((p) => p.name)).toEqual(['Local demo', 'Alpha', 'Beta']);
    expect(await notices(core)).toEqual([expect.objectContaining({ kind: 'repaired', reason: 'truncated or damaged JSON', setAside: [expect.stringMatching(/^profile 3/)] })]);
  });

  it.each([
    ['empty', ''],
    ['NUL-filled', '\u0000'.repeat(4096)],
  ])('%s: starts with the demo, keeps the bytes as .bak and says so', async (_label, text) => {
    const { dir, cipher } = await savedThree();
    writeFileSync(path.join(dir, 'profiles.json'), text);
    const core = await start(dir, cipher);
    expect((await listed(core)).map((p) => p.name)).toEqual(['Local demo']);
    expect(await notices(core)).toEqual([expect.objectContaining({ kind: 'repaired', backupPath: path.join(dir, 'profiles.json.bak'), reason: 'not valid JSON' })]);
    expect(readFileSync(path.join(dir, 'profiles.json.bak'), 'utf8')).toBe(text);
    await demoStillWorks(core);
  });
});

describe('files left alone', () => {
  it('a profiles.json from a newer version is neither moved nor overwritten; saving says why', async () => {
    const { dir, cipher } = await savedThree();
    const file = path.join(dir, 'profiles.json');
    const newer = JSON.stringify({ version: 2, profiles: [{ id: 'future', shape: 'unknown to us' }] });
    writeFileSync(file, newer);
    const core = await start(dir, cipher);
    expect((await listed(core)).map((p) => p.name)).toEqual(['Local demo']);
    expect(await notices(core)).toEqual([{ kind: 'newer-version', path: file, setAside: [], reason: 'version 2' }]);
    const save = await core.router.invoke('profiles.save', { name: 'New', provider: 'oss', region: 'cn-hangzhou', accessKeyId: 'AK', accessKeySecret: 'secret-new-0123456789' });
    expect(save).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED', message: expect.stringMatching(/newer version of Symbucket/) } });
    expect(readFileSync(file, 'utf8')).toBe(newer);
    expect(readdirSync(dir).filter((n) => n.startsWith('profiles.json'))).toEqual(['profiles.json']);
    await demoStillWorks(core);
  });

  it('a directory in place of profiles.json and vault.json does not stop the core: the demo works, the panel hears why', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'store-recovery-'));
    temps.push(dir);
    mkdirSync(path.join(dir, 'profiles.json'));
    mkdirSync(path.join(dir, 'vault.json'));
    const core = await start(dir, createMemoryCipher());
    expect((await listed(core)).map((p) => p.id)).toEqual(['local-demo']);
    expect(await notices(core)).toEqual([
      { kind: 'unreadable', path: path.join(dir, 'profiles.json'), setAside: [], reason: 'EISDIR' },
      { kind: 'unreadable', path: path.join(dir, 'vault.json'), setAside: [], reason: 'EISDIR' },
    ]);
    await demoStillWorks(core);
  });
});

describe('vault.json damaged', () => {
  it('truncated: the secrets that were whole survive, the lost one is named, its profile asks for the secret again', async () => {
    const { dir, cipher, ids } = await savedThree();
    const file = path.join(dir, 'vault.json');
    const text = readFileSync(file, 'utf8');
    const third = text.indexOf(`"${ids[2]}"`);
    writeFileSync(file, text.slice(0, text.indexOf(':', third) + 6)); // cut inside the third secret
    const core = await start(dir, cipher);
    expect((await listed(core)).map((p) => [p.name, p.hasSecret])).toEqual([
      ['Local demo', true],
      ['Alpha', true],
      ['Beta', true],
      ['Gamma', false],
    ]);
    expect(await notices(core)).toEqual([expect.objectContaining({ kind: 'repaired', path: file, backupPath: `${file}.bak` })]);
    expect(JSON.stringify(await notices(core))).not.toContain('secret-');
  });
});

describe('interrupted atomic writes', () => {
  it('removes stale *.json.<pid>.<hex>.tmp files on start, not those of a live process', async () => {
    const { dir, cipher } = await savedThree();
    const dead = 4_195_000; // above Linux's PID_MAX_LIMIT (2^22): no such process
    const stale = [`profiles.json.${dead}.0a1b2c3d.tmp`, `vault.json.${process.pid}.ffee0011.tmp`];
    const live = `profiles.json.${process.ppid}.12345678.tmp`;
    for (const name of [...stale, live, 'notes.tmp']) writeFileSync(path.join(dir, name), '{"version":1');
    const core = await start(dir, cipher);
    for (const name of stale) expect(existsSync(path.join(dir, name)), name).toBe(false);
    expect(existsSync(path.join(dir, live))).toBe(true);
    expect(existsSync(path.join(dir, 'notes.tmp'))).toBe(true);
    expect((await listed(core)).map((p) => p.name)).toEqual(['Local demo', ...names]);
  });
});
