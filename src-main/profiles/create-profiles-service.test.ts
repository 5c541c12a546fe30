import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ImportCandidate, ProfileDto } from '../ipc/contract';
import { StorageError } from '../storage/errors';
import type { ClientConfig } from '../storage/types';
import { createFakeStorageClient, type FakeStorageClient } from '../links/testing/fake-storage-client';
import { createProfilesService, LOCAL_DEMO_ID, type ProfilesServiceOptions } from './create-profiles-service';
import { createMemoryCipher } from './memory-cipher';

const SECRET = 'unit-secret-Zq81-never-on-disk';
const TOKEN = 'unit-sts-token-Yw27';
const demo = { oss: 'http://127.0.0.1:1001', bos: 'http://127.0.0.1:1002', accessKeyId: 'demo-id', accessKeySecret: 'demo-secret-Kx3' };
const ossInput = { name: 'Work', provider: 'oss' as const, region: 'cn-hangzhou', accessKeyId: 'LTAI-work', accessKeySecret: SECRET };

function setup(extra: Partial<ProfilesServiceOptions> = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'symbucket-profiles-'));
  const configs: ClientConfig[] = [];
  const clients: FakeStorageClient[] = [];
  const createClient = vi.fn((config: ClientConfig) => {
    configs.push(config);
    const client = createFakeStorageClient({
      provider: config.provider,
      buckets: config.provider === 'oss' ? [{ name: 'oss-a' }, { name: 'oss-b', storageClass: 'IA' }] : [{ name: 'bos-a' }],
    });
    clients.push(client);
    return client;
  });
  const service = createProfilesService({ userDataDir, cipher: createMemoryCipher(), env: {}, homeDir: userDataDir, createClient, ...extra });
  return { service, userDataDir, configs, clients, createClient };
}

describe('profiles: STS expiry and custom domains', () => {
  it('shows the token expiry and passes it and the custom domains to the client', async () => {
    const { service, configs } = setup();
    const expires = '2031-01-02T03:04:05Z';
    const dto = await service.save({ ...ossInput, securityToken: TOKEN, securityTokenExpiresAt: expires, customDomains: { 'oss-a': 'https://files.example.com/' } });
    expect(dto).toMatchObject({ hasSecurityToken: true, securityTokenExpiresAt: expires, customDomains: { 'oss-a': 'https://files.example.com' } });
    await service.listBuckets(dto.id);
    expect(configs.at(-1)).toMatchObject({ securityToken: TOKEN, securityTokenExpiresAt: expires, customDomains: { 'oss-a': 'https://files.example.com' } });
  });

  it('binds and unbinds one bucket domain (the action of a PublicEndpointForbidden error), refusing non-domains', async () => {
    const { service, configs } = setup();
    const { id } = await service.save(ossInput);
    expect(service.setCustomDomain(id, 'oss-a', 'cdn.example.com').customDomains).toEqual({ 'oss-a': 'cdn.example.com' });
    await service.listBuckets(id);
    expect(configs.at(-1)?.customDomains).toEqual({ 'oss-a': 'cdn.example.com' });
    expect(() => service.setCustomDomain(id, 'oss-a', 'not a domain/with path')).toThrow(/not a domain/);
    expect(service.setCustomDomain(id, 'oss-a', '').customDomains).toEqual({});
    // A save without customDomains keeps what the error action bound.
    service.setCustomDomain(id, 'oss-b', 'b.example.com');
    expect((await service.save({ ...ossInput, id, accessKeySecret: undefined })).customDomains).toEqual({ 'oss-b': 'b.example.com' });
  });
});

describe('profiles: save, list, remove', () => {
  it('saves a profile without returning its secret, and lists it', async () => {
    const { service } = setup();
    const dto = await service.save({ ...ossInput, securityToken: TOKEN });
    expect(dto).toEqual({
      id: expect.any(String),
      name: 'Work',
      provider: 'oss',
      endpoint: '',
      region: 'cn-hangzhou',
      addressing: 'virtual-host',
      signatureVersion: 'v4',
      accessKeyId: 'LTAI-work',
      hasSecret: true,
      insecureStorage: false,
      hasSecurityToken: true,
      customDomains: {},
    });
    expect(service.list()).toEqual([dto]);
    expect(JSON.stringify(service.list())).not.toContain(SECRET);
  });

  it('keeps secrets out of profiles.json and encrypted in a 0600 vault.json', async () => {
    const { service, userDataDir } = setup();
    await service.save({ ...ossInput, securityToken: TOKEN });
    const profiles = readFileSync(join(userDataDir, 'profiles.json'), 'utf8');
    const vault = readFileSync(join(userDataDir, 'vault.json'), 'utf8');
    for (const text of [profiles, vault]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(Buffer.from(SECRET).toString('base64'));
    }
    expect(statSync(join(userDataDir, 'vault.json')).mode & 0o777).toBe(0o600);
  });

  it('reloads saved profiles from disk in a new service', async () => {
    const first = setup();
    const dto = await first.service.save(ossInput);
    const again = createProfilesService({ userDataDir: first.userDataDir, cipher: createMemoryCipher(), env: {} });
    expect(again.list()).toEqual([dto]);
    expect(again.notices()).toEqual([]);
  });

  it('updates a profile and keeps the stored secret when none is given', async () => {
    const { service, configs } = setup();
    const { id } = await service.save(ossInput);
    const updated = await service.save({ ...ossInput, id, name: 'Renamed', accessKeySecret: undefined });
    expect(updated).toMatchObject({ id, name: 'Renamed', hasSecret: true });
    await service.listBuckets(id);
    expect(configs.at(-1)).toMatchObject({ accessKeySecret: SECRET, accessKeyId: 'LTAI-work' });
    expect(service.list()).toHaveLength(1);
  });

  it('rejects a new profile without secret, an unknown id and invalid input', async () => {
    const { service } = setup();
    await expect(service.save({ ...ossInput, accessKeySecret: undefined })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(service.save({ ...ossInput, id: 'nope' })).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    await expect(service.save({ ...ossInput, name: '  ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(service.list()).toEqual([]);
  });

  it('validates endpoint and region: infers the region from an OSS endpoint, requires one otherwise', async () => {
    const { service } = setup();
    await expect(service.save({ ...ossInput, region: '', endpoint: 'https://oss-cn-beijing.aliyuncs.com' })).resolves.toMatchObject({ region: 'cn-beijing' });
    await expect(service.save({ ...ossInput, region: 'oss-cn-qingdao' })).resolves.toMatchObject({ region: 'cn-qingdao' });
    await expect(service.save({ ...ossInput, region: '' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.save({ ...ossInput, region: '', endpoint: 'http://127.0.0.1:9000' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.save({ ...ossInput, endpoint: 'ftp://x' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.save({ ...ossInput, endpoint: 'https://user:pw@host' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.save({ ...ossInput, provider: 'bos', region: '', endpoint: 'http://127.0.0.1:9000' })).resolves.toMatchObject({ region: '' });
  });

  it('removes a profile and its secret', async () => {
    const { service, userDataDir } = setup();
    const { id } = await service.save(ossInput);
    service.remove(id);
    expect(service.list()).toEqual([]);
    expect(JSON.parse(readFileSync(join(userDataDir, 'vault.json'), 'utf8')).entries).toEqual({});
    expect(() => service.remove(id)).toThrow(expect.objectContaining({ code: 'PROFILE_NOT_FOUND' }));
  });

  it('notifies listeners after save and remove, until unsubscribed', async () => {
    const { service } = setup();
    const seen: number[] = [];
    const off = service.onChange((profiles) => seen.push(profiles.length));
    const { id } = await service.save(ossInput);
    service.remove(id);
    off();
    await service.save(ossInput);
    expect(seen).toEqual([1, 0]);
  });

  it('saves even when a listener throws', async () => {
    const { service } = setup();
    service.onChange(() => {
      throw new Error('listener bug');
    });
    await expect(service.save(ossInput)).resolves.toMatchObject({ name: 'Work' });
    expect(service.list()).toHaveLength(1);
  });
});

describe('profiles: DTO shape', () => {
  it('returns exactly the contract fields, nothing more (strict parse)', async () => {
    const { service } = setup({ demo, env: { OSS_ACCESS_KEY_ID: 'id', OSS_ACCESS_KEY_SECRET: SECRET, OSS_REGION: 'cn-hangzhou' } });
    await service.save({ ...ossInput, securityToken: TOKEN });
    await service.importProfile('env', 'Env');
    for (const dto of service.list()) expect(() => ProfileDto.strict().parse(dto)).not.toThrow();
    for (const candidate of service.importCandidates()) expect(() => ImportCandidate.strict().parse(candidate)).not.toThrow();
    expect(() => ProfileDto.strict().parse({ ...service.list()[1], accessKeySecret: SECRET })).toThrow();
  });
});

describe('profiles: insecure storage (no OS keyring)', () => {
  it('refuses to store a secret unless the user accepts, then records it', async () => {
    const { service, userDataDir } = setup({ cipher: createMemoryCipher({ secure: false }) });
    await expect(service.save(ossInput)).rejects.toMatchObject({ code: 'INSECURE_STORAGE', appError: { details: { backend: 'basic_text' } } });
    expect(existsSync(join(userDataDir, 'vault.json'))).toBe(false);
    expect(service.list()).toEqual([]);
    await expect(service.save({ ...ossInput, acceptInsecureStorage: true })).resolves.toMatchObject({ insecureStorage: true, hasSecret: true });
    await expect(service.vaultStatus()).resolves.toEqual({ secure: false, backend: 'basic_text' });
  });

  it('lets an insecurely stored profile be renamed without asking again', async () => {
    const { service } = setup({ cipher: createMemoryCipher({ secure: false }) });
    const { id } = await service.save({ ...ossInput, acceptInsecureStorage: true });
    await expect(service.save({ ...ossInput, id, name: 'New', accessKeySecret: undefined })).resolves.toMatchObject({ insecureStorage: true });
  });

  it('reports a secure vault', async () => {
    await expect(setup().service.vaultStatus()).resolves.toEqual({ secure: true, backend: 'memory' });
  });
});

describe('profiles: damaged files', () => {
  it('moves a corrupt profiles.json aside, starts with what was whole (nothing here) and says so', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'symbucket-profiles-'));
    writeFileSync(join(userDataDir, 'profiles.json'), '{"version":1,"profiles":[{"id":');
    const service = createProfilesService({ userDataDir, cipher: createMemoryCipher(), env: {} });
    expect(service.list()).toEqual([]);
    expect(service.notices()).toEqual([expect.objectContaining({ kind: 'repaired', path: join(userDataDir, 'profiles.json'), backupPath: join(userDataDir, 'profiles.json.bak') })]);
    expect(readFileSync(join(userDataDir, 'profiles.json.bak'), 'utf8')).toBe('{"version":1,"profiles":[{"id":');
    await service.save(ossInput);
    expect(service.list()).toHaveLength(1);
  });

  it('moves a corrupt vault aside; a profile whose secret is gone fails with AUTH_FAILED', async () => {
    const first = setup();
    const { id } = await first.service.save(ossInput);
    writeFileSync(join(first.userDataDir, 'vault.json'), 'garbage');
    const service = createProfilesService({ userDataDir: first.userDataDir, cipher: createMemoryCipher(), env: {}, createClient: first.createClient });
    expect(service.notices().map((n) => n.backupPath)).toEqual([join(first.userDataDir, 'vault.json.bak')]);
    expect(service.list()[0]).toMatchObject({ id, hasSecret: false });
    await expect(service.listBuckets(id)).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('fails with AUTH_FAILED when a stored secret cannot be decrypted', async () => {
    const first = setup();
    const { id } = await first.service.save(ossInput);
    // A new random key: like a reset OS keyring.
    const service = createProfilesService({ userDataDir: first.userDataDir, cipher: createMemoryCipher(), env: {}, createClient: first.createClient });
    await expect(service.test(id)).rejects.toMatchObject({ code: 'AUTH_FAILED', message: expect.stringMatching(/decrypted/) });
  });
});

describe('profiles: local demo', () => {
  it('is created on first run, always first, with both providers merged', async () => {
    const { service, configs } = setup({ demo });
    await service.save(ossInput);
    const [first, second] = service.list();
    expect(first).toMatchObject({ id: LOCAL_DEMO_ID, name: 'Local demo', provider: 'local-demo', hasSecret: true });
    expect(second).toMatchObject({ name: 'Work' });
    expect(JSON.stringify(service.list())).not.toContain(demo.accessKeySecret);
    const buckets = await service.listBuckets(LOCAL_DEMO_ID);
    expect(buckets).toEqual([
      { name: 'oss-a', provider: 'oss', region: 'cn-hangzhou', storageClass: 'STANDARD' },
      { name: 'oss-b', provider: 'oss', region: 'cn-hangzhou', storageClass: 'IA' },
      { name: 'bos-a', provider: 'bos', region: 'bj', storageClass: 'STANDARD' },
    ]);
    expect(configs.map((c) => [c.provider, c.endpoint, c.region, c.addressing, c.signatureVersion])).toEqual([
      ['oss', demo.oss, 'cn-hangzhou', 'path', 'v4'],
      ['bos', demo.bos, 'bj', 'path', 'v4'],
    ]);
  });

  it('resolves each bucket to the client that owns it, listing once when unknown', async () => {
    const { service, clients } = setup({ demo });
    expect((await service.resolveClient(LOCAL_DEMO_ID, 'bos-a')).provider).toBe('bos');
    expect((await service.resolveClient(LOCAL_DEMO_ID, 'oss-b')).provider).toBe('oss');
    expect(clients.map((c) => c.count('listBuckets'))).toEqual([1, 1]);
    await expect(service.resolveClient(LOCAL_DEMO_ID, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cannot be edited; its removal is remembered across restarts', async () => {
    const { service, userDataDir } = setup({ demo });
    await expect(service.save({ ...ossInput, id: LOCAL_DEMO_ID })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    service.remove(LOCAL_DEMO_ID);
    expect(service.list()).toEqual([]);
    const again = createProfilesService({ userDataDir, cipher: createMemoryCipher(), env: {}, demo });
    expect(again.list()).toEqual([]);
    await expect(again.listBuckets(LOCAL_DEMO_ID)).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });

  it('is absent when no emulator runs', () => {
    expect(setup().service.list()).toEqual([]);
  });
});

describe('profiles: clients', () => {
  it('builds one client per profile, with the secret and token, and rebuilds it after an edit', async () => {
    const { service, configs, createClient } = setup();
    const { id } = await service.save({ ...ossInput, securityToken: TOKEN, endpoint: 'http://127.0.0.1:9', addressing: 'path' });
    const client = await service.resolveClient(id, 'any-bucket');
    expect(await service.resolveClient(id, 'other')).toBe(client);
    expect(configs[0]).toEqual({ provider: 'oss', endpoint: 'http://127.0.0.1:9', region: 'cn-hangzhou', addressing: 'path', signatureVersion: 'v4', accessKeyId: 'LTAI-work', accessKeySecret: SECRET, securityToken: TOKEN });
    await service.save({ ...ossInput, id, accessKeySecret: 'new-secret' });
    expect(await service.resolveClient(id, 'x')).not.toBe(client);
    expect(configs.at(-1)!.accessKeySecret).toBe('new-secret');
    expect(createClient).toHaveBeenCalledTimes(2);
  });

  it('fails with PROFILE_NOT_FOUND for an unknown profile', async () => {
    await expect(setup().service.resolveClient('nope', 'b')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });
});

describe('profiles: test connection', () => {
  const failing = (error: Error) => (config: ClientConfig) =>
    createFakeStorageClient({ provider: config.provider, failWith: (method) => (method === 'listBuckets' ? error : undefined) });

  it('counts the buckets with a short-timeout client', async () => {
    const { service, configs } = setup({ demo });
    await expect(service.test(LOCAL_DEMO_ID)).resolves.toEqual({ bucketCount: 3 });
    expect(configs.every((c) => c.maxRetries === 1 && c.timeoutMs === 15_000)).toBe(true);
  });

  it.each([
    ['SignatureDoesNotMatch', 403, 'AUTH_FAILED', /secret/],
    ['InvalidAccessKeyId', 403, 'AUTH_FAILED', /access key ID/],
    ['RequestTimeTooSkewed', 403, 'CLOCK_SKEW', /clock/],
    ['AccessDenied', 403, 'ACCESS_DENIED', /may not list buckets/],
    ['NetworkError', 0, 'NETWORK', /Could not reach 127\.0\.0\.1/],
    ['NoSuchBucket', 404, 'NOT_FOUND', /check the endpoint and the region/],
    ['InvalidResponse', 200, 'INVALID_RESPONSE', /check the endpoint/],
  ])('maps %s to %s with an actionable message', async (code, status, expected, message) => {
    const error = new StorageError({ code, status, provider: 'oss', message: `provider text ${SECRET}` });
    const { service } = setup({ createClient: failing(error) });
    const { id } = await service.save({ ...ossInput, endpoint: 'http://127.0.0.1:9' });
    const rejection = await service.test(id).catch((e: unknown) => e);
    expect(rejection).toMatchObject({ code: expected, message: expect.stringMatching(message) });
    expect(JSON.stringify(rejection)).not.toContain(SECRET);
  });

  it('with a bucket, passes a key that may not list buckets but may list that bucket', async () => {
    const denied = new StorageError({ code: 'AccessDenied', status: 403, provider: 'oss', message: 'x' });
    const { service } = setup({ createClient: failing(denied) });
    const { id } = await service.save(ossInput);
    await expect(service.test(id)).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await expect(service.test(id, { bucket: 'b' })).resolves.toEqual({ bucketCount: 1, bucket: 'b' });
    await expect(service.test(id, { bucket: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('with a bucket, proves the key with one HEAD on that bucket, not a listing', async () => {
    const denied = new StorageError({ code: 'AccessDenied', status: 403, provider: 'oss', message: 'x' });
    const fakes: FakeStorageClient[] = [];
    const { service } = setup({ createClient: (config) => {
      const fake = failing(denied)(config);
      fakes.push(fake);
      return fake;
    } });
    const { id } = await service.save(ossInput);
    await expect(service.test(id, { bucket: 'b' })).resolves.toEqual({ bucketCount: 1, bucket: 'b' });
    expect(fakes.at(-1)!.calls.map((c) => c.method)).toEqual(['listBuckets', 'headBucket']);
  });

  it('with a bucket, still reports a bad secret as AUTH_FAILED', async () => {
    const bad = new StorageError({ code: 'SignatureDoesNotMatch', status: 403, provider: 'oss', message: 'x' });
    const { service } = setup({ createClient: failing(bad) });
    const { id } = await service.save(ossInput);
    await expect(service.test(id, { bucket: 'b' })).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('names the preset endpoint when the profile has none', async () => {
    const error = new StorageError({ code: 'NetworkError', status: 0, provider: 'bos', message: 'x' });
    const { service } = setup({ createClient: failing(error) });
    const { id } = await service.save({ ...ossInput, provider: 'bos', region: 'gz' });
    await expect(service.test(id)).rejects.toMatchObject({ message: expect.stringMatching(/BOS endpoint for region "gz"/) });
  });
});

describe('profiles: import', () => {
  function homeWithOssutil() {
    const homeDir = mkdtempSync(join(tmpdir(), 'symbucket-home-'));
    writeFileSync(join(homeDir, '.ossutilconfig'), `[Credentials]\nendpoint=oss-cn-shanghai.aliyuncs.com\naccessKeyID=LTAI-imp\naccessKeySecret=${SECRET}\nstsToken=${TOKEN}\n`);
    mkdirSync(join(homeDir, '.go-bcecli'));
    return homeDir;
  }

  it('lists candidates without secrets', () => {
    const { service } = setup({ homeDir: homeWithOssutil(), env: { OSS_ACCESS_KEY_ID: 'env-id', OSS_ACCESS_KEY_SECRET: SECRET, OSS_REGION: 'cn-hangzhou' } });
    const candidates = service.importCandidates();
    expect(candidates).toEqual([
      { source: 'ossutil', provider: 'oss', accessKeyId: 'LTAI-imp', endpoint: 'oss-cn-shanghai.aliyuncs.com', region: 'cn-shanghai' },
      { source: 'env', provider: 'oss', accessKeyId: 'env-id', endpoint: '', region: 'cn-hangzhou' },
    ]);
    expect(JSON.stringify(candidates)).not.toContain(SECRET);
  });

  it('imports a source into a profile with its secret in the vault', async () => {
    const { service, configs } = setup({ homeDir: homeWithOssutil() });
    const dto = await service.importProfile('ossutil', 'From ossutil');
    expect(dto).toMatchObject({ name: 'From ossutil', provider: 'oss', accessKeyId: 'LTAI-imp', region: 'cn-shanghai', hasSecret: true });
    await service.listBuckets(dto.id);
    expect(configs[0]).toMatchObject({ accessKeySecret: SECRET, securityToken: TOKEN });
  });

  it('fails with NOT_FOUND for a source that has nothing, and respects insecure storage', async () => {
    const { service } = setup({ homeDir: homeWithOssutil(), cipher: createMemoryCipher({ secure: false }) });
    await expect(service.importProfile('bcecmd', 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.importProfile('ossutil', 'x')).rejects.toMatchObject({ code: 'INSECURE_STORAGE' });
    await expect(service.importProfile('ossutil', 'x', { acceptInsecureStorage: true })).resolves.toMatchObject({ insecureStorage: true });
  });
});
