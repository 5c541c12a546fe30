// Profiles with real storage clients against the real emulator: test connection and its precise
// errors, bucket listing (the local demo merges OSS and BOS), and a secret-leak audit.
import { createServer } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { toAppError } from '../errors';
import { createLinksService } from '../links/create-links-service';
import { closeSharedTransport } from '../storage/create-client';
import { createProfilesService, LOCAL_DEMO_ID } from './create-profiles-service';
import { createMemoryCipher } from './memory-cipher';

let emu: RunningEmulator;
let deadEndpoint: string;

/** A port that was free a moment ago and has no listener now. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
  deadEndpoint = `http://127.0.0.1:${await deadPort()}`;
});
afterAll(async () => {
  await closeSharedTransport();
  await emu.close();
});

const newService = (extra: { env?: NodeJS.ProcessEnv; homeDir?: string } = {}) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'symbucket-profiles-int-'));
  return { userDataDir, service: createProfilesService({ userDataDir, cipher: createMemoryCipher(), demo: emu, env: {}, homeDir: userDataDir, ...extra }) };
};

const ossProfile = () => ({ name: 'Emulator OSS', provider: 'oss' as const, endpoint: emu.oss, region: 'cn-hangzhou', addressing: 'path' as const, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret });
const bosProfile = () => ({ ...ossProfile(), name: 'Emulator BOS', provider: 'bos' as const, endpoint: emu.bos, region: 'bj' });

describe('test connection', () => {
  it.each([
    ['OSS V4', () => ossProfile()],
    ['OSS V1', () => ({ ...ossProfile(), signatureVersion: 'v1' as const })],
    ['BOS', () => bosProfile()],
  ])('%s: counts the buckets with the right credentials', async (_label, profile) => {
    const { service } = newService();
    const { id } = await service.save(profile());
    const { bucketCount } = await service.test(id);
    expect(bucketCount).toBe((await service.listBuckets(id)).length);
    expect(bucketCount).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['OSS', () => ossProfile(), 'demo-oss'],
    ['BOS', () => bosProfile(), 'demo-bos'],
  ])('%s: a named bucket is HEADed; a missing one is NOT_FOUND naming it, not "connected"', async (_label, profile, existing) => {
    const { service } = newService();
    const { id } = await service.save(profile());
    await expect(service.test(id, { bucket: existing })).resolves.toMatchObject({ bucket: existing, bucketCount: expect.any(Number) });
    const error = await service.test(id, { bucket: 'no-such-bucket' }).catch((e: unknown) => toAppError(e));
    expect(error).toMatchObject({ code: 'NOT_FOUND', details: { hint: 'bucket', bucket: 'no-such-bucket' } });
  });

  it('the demo profile HEADs a named bucket with the client that lists it', async () => {
    const { service } = newService();
    await expect(service.test(LOCAL_DEMO_ID, { bucket: 'demo-bos-media' })).resolves.toMatchObject({ bucket: 'demo-bos-media' });
    await expect(service.test(LOCAL_DEMO_ID, { bucket: 'no-such-bucket' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['OSS', () => ossProfile()],
    ['BOS', () => bosProfile()],
  ])('%s: a wrong secret is AUTH_FAILED', async (_label, profile) => {
    const { service } = newService();
    const { id } = await service.save({ ...profile(), accessKeySecret: 'definitely-wrong' });
    await expect(service.test(id)).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('OSS V4: a wrong region is AUTH_FAILED naming the secret or the region, with a region hint', async () => {
    const { service } = newService();
    const { id } = await service.save({ ...ossProfile(), region: 'cn-shanghai' });
    const error = await service.test(id).catch((e: unknown) => toAppError(e));
    expect(error).toMatchObject({ code: 'AUTH_FAILED', details: { hint: 'region', providerCode: 'SignatureDoesNotMatch' } });
    expect((error as { message: string }).message).toMatch(/secret.*region/);
  });

  it.each([
    ['OSS V1', () => ({ ...ossProfile(), signatureVersion: 'v1' as const })],
    ['BOS', () => bosProfile()],
  ])('%s: a wrong secret gets no region hint (the region is not signed)', async (_label, profile) => {
    const { service } = newService();
    const { id } = await service.save({ ...profile(), accessKeySecret: 'definitely-wrong' });
    const error = await service.test(id).catch((e: unknown) => toAppError(e));
    expect(error).toMatchObject({ code: 'AUTH_FAILED' });
    expect((error as { details?: Record<string, string> }).details?.hint).toBeUndefined();
  });

  it('a wrong access key id is AUTH_FAILED', async () => {
    const { service } = newService();
    const { id } = await service.save({ ...ossProfile(), accessKeyId: 'NOT-A-KEY' });
    await expect(service.test(id)).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it.each([
    ['OSS', () => ossProfile()],
    ['BOS', () => bosProfile()],
  ])('%s: a dead port is NETWORK, naming the endpoint', async (_label, profile) => {
    const { service } = newService();
    const { id } = await service.save({ ...profile(), endpoint: deadEndpoint });
    await expect(service.test(id)).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('127.0.0.1') });
  });

  it.each([
    ['OSS', () => ossProfile()],
    ['BOS', () => bosProfile()],
  ])('%s: an unknown endpoint host is NETWORK, naming the host', async (_label, profile) => {
    const { service } = newService();
    const { id } = await service.save({ ...profile(), endpoint: 'http://no-such-host.invalid:9' });
    await expect(service.test(id)).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('no-such-host.invalid') });
  });

  it('the local demo profile reaches both endpoints', async () => {
    const { service } = newService();
    const buckets = await service.listBuckets(LOCAL_DEMO_ID);
    expect(buckets.map((b) => [b.name, b.provider])).toEqual(
      expect.arrayContaining([
        ['demo-oss', 'oss'],
        ['demo-archive', 'oss'],
        ['demo-bos', 'bos'],
        ['demo-bos-media', 'bos'],
      ]),
    );
    expect(buckets.find((b) => b.name === 'demo-archive')?.storageClass.toUpperCase()).toBe('ARCHIVE');
    await expect(service.test(LOCAL_DEMO_ID)).resolves.toEqual({ bucketCount: buckets.length });
  });
});

describe('no secret leaks', () => {
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  afterEach(() => vi.restoreAllMocks());

  it('no log line, DTO, error or file on disk contains a secret across a full lifecycle', async () => {
    const secret = `leak-probe-secret-${Date.now()}`;
    const token = `leak-probe-token-${Date.now()}`;
    const envSecret = `leak-probe-env-${Date.now()}`;
    const logged: string[] = [];
    for (const method of consoleMethods) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const outputs: unknown[] = [];
    const record = async <T>(work: () => Promise<T> | T): Promise<void> => {
      try {
        outputs.push(await work());
      } catch (e) {
        outputs.push(toAppError(e), String(e), (e as Error).stack ?? '', { ...(e as object) });
      }
    };

    const { service, userDataDir } = newService({ env: { OSS_ACCESS_KEY_ID: 'env-id', OSS_ACCESS_KEY_SECRET: envSecret, OSS_REGION: 'cn-hangzhou' } });
    service.onChange((profiles) => outputs.push(profiles));
    // A profile whose secret is wrong (so the server rejects it), and one whose endpoint is dead.
    const wrong = await service.save({ ...ossProfile(), accessKeySecret: secret, securityToken: token });
    const dead = await service.save({ ...bosProfile(), endpoint: deadEndpoint, accessKeySecret: secret });
    outputs.push(wrong, dead);
    await record(() => service.list());
    await record(() => service.test(wrong.id));
    await record(() => service.test(dead.id));
    await record(() => service.listBuckets(wrong.id));
    await record(() => service.save({ ...ossProfile(), id: wrong.id, name: 'Renamed', accessKeySecret: undefined }));
    await record(() => service.save({ ...ossProfile(), id: 'missing', accessKeySecret: secret }));
    await record(() => service.importCandidates());
    await record(() => service.importProfile('env', 'From env'));
    await record(() => service.vaultStatus());
    const links = createLinksService({ clientFor: (p, b) => service.resolveClient(p, b) });
    await record(() => links.resolve(wrong.id, 'demo-oss', [{ key: 'latest-report.pdf', etag: 'x', kind: 'symlink' }]));
    await record(() => links.createLink({ profileId: wrong.id, bucket: 'demo-oss', key: 'x', target: 'y' }));
    await record(() => links.createLinks(wrong.id, 'demo-oss', [{ key: 'x', target: 'y' }]));
    // The insecure path refuses before writing anything.
    const insecure = createProfilesService({ userDataDir, cipher: createMemoryCipher({ secure: false }), env: {} });
    await record(() => insecure.save({ ...ossProfile(), accessKeySecret: secret }));
    await record(() => service.remove(wrong.id));
    await record(() => service.list());

    const serialised = JSON.stringify(outputs) + outputs.map(String).join('\n');
    const files = readdirSync(userDataDir).map((name) => readFileSync(join(userDataDir, name), 'utf8'));
    expect(readdirSync(userDataDir).sort()).toEqual(['profiles.json', 'vault.json']);
    expect(outputs.length).toBeGreaterThan(15);
    for (const value of [secret, token, envSecret, emu.accessKeySecret]) {
      for (const needle of [value, Buffer.from(value).toString('base64')]) {
        expect(logged.join('\n')).not.toContain(needle);
        expect(serialised).not.toContain(needle);
        for (const text of files) expect(text).not.toContain(needle);
      }
    }
    // The audit saw real failures, not only happy paths.
    expect(serialised).toContain('AUTH_FAILED');
    expect(serialised).toContain('NETWORK');
    expect(serialised).toContain('PROFILE_NOT_FOUND');
    expect(serialised).toContain('INSECURE_STORAGE');
  });
});
