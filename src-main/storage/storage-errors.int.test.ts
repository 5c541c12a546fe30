// Provider errors through the real emulator, parsed into StorageError.
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { toAppError } from '../errors';
import { createStorageClient } from './create-client';
import { storageFailure } from './testing/storage-failure';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, useEmulator } from './testing/emulator-configs';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));

describe.each<ConfigName>(['oss-v4', 'oss-v1', 'bos'])('%s', (name) => {
  const bucket = DEMO_BUCKET[name];
  const provider = name === 'bos' ? 'bos' : 'oss';
  const client = () => createStorageClient(emulatorConfig(emu(), name));

  it('wrong secret: SignatureDoesNotMatch 403 with a request id', async () => {
    const c = createStorageClient(emulatorConfig(emu(), name, { accessKeySecret: 'not-the-secret' }));
    const e = await c.listBuckets().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403, provider });
    expect((e as { requestId: string }).requestId).not.toBe('');
    expect(String((e as Error).message)).not.toContain('not-the-secret');
  });

  it('wrong key id: InvalidAccessKeyId', async () => {
    const c = createStorageClient(emulatorConfig(emu(), name, { accessKeyId: 'NOPE' }));
    await expect(c.listObjects({ bucket })).rejects.toMatchObject({ status: 403, code: expect.stringMatching(/InvalidAccessKeyId|AccessDenied/) });
  });

  it('missing bucket: NoSuchBucket', async () => {
    await expect(client().listObjects({ bucket: 'no-such-bucket-here' })).rejects.toMatchObject({ code: 'NoSuchBucket', status: 404, provider });
  });

  it('missing key: NoSuchKey on GET, a 404 on HEAD, null (an answer) from objectType', async () => {
    await expect(client().get({ bucket, key: 'nope/missing.txt' })).rejects.toMatchObject({ code: 'NoSuchKey', status: 404 });
    await expect(client().head(bucket, 'nope/missing.txt')).rejects.toMatchObject({ status: 404 });
    await expect(client().objectType(bucket, 'nope/missing.txt')).resolves.toBeNull();
    await expect(client().getSymlink(bucket, 'nope/missing.txt')).rejects.toMatchObject({ code: 'NoSuchKey', status: 404 });
  });

  it('NotSymlink on GetSymlink of a plain object', async () => {
    await client().put({ bucket, key: 'errs/plain.txt', body: 'x' });
    await expect(client().getSymlink(bucket, 'errs/plain.txt')).rejects.toMatchObject({ code: 'NotSymlink', status: 400 });
  });

  it('SymlinkTargetNotExist through a broken link; objectType still says Symlink', async () => {
    const c = client();
    await c.putSymlink({ bucket, key: 'errs/broken', target: 'errs/never-there' });
    await expect(c.get({ bucket, key: 'errs/broken' })).rejects.toMatchObject({ code: 'SymlinkTargetNotExist', status: 404 });
    expect(await c.objectType(bucket, 'errs/broken')).toBe('Symlink');
  });

  it('FileAlreadyExists with forbidOverwrite', async () => {
    const c = client();
    await c.put({ bucket, key: 'errs/taken', body: 'x' });
    const e = await storageFailure(c.putSymlink({ bucket, key: 'errs/taken', target: 't', forbidOverwrite: true }));
    expect([e.code, e.status]).toEqual(['FileAlreadyExists', 409]);
    // OSS names the cause's docs page with its EC (help.aliyun.com/en/oss/user-guide/0026-00000002),
    // kept in the error details; BOS has no ECs.
    expect(toAppError(e).details?.ec).toBe(provider === 'oss' ? '0026-00000002' : undefined);
  });

  it('corrects a skewed local clock from the server Date and succeeds', async () => {
    const hourAhead = () => new Date(Date.now() + 3_600_000);
    const c = createStorageClient(emulatorConfig(emu(), name, { now: hourAhead, maxRetries: 2 }));
    expect((await c.listBuckets()).length).toBeGreaterThan(0);
    const hourBehind = () => new Date(Date.now() - 3_600_000);
    const late = createStorageClient(emulatorConfig(emu(), name, { now: hourBehind, maxRetries: 2 }));
    expect((await late.listBuckets()).length).toBeGreaterThan(0);
    const noRetry = createStorageClient(emulatorConfig(emu(), name, { now: hourAhead, maxRetries: 0 }));
    await expect(noRetry.listBuckets()).rejects.toMatchObject({ code: 'RequestTimeTooSkewed', status: 403 });
  });

  it('reports Timeout for a slow answer and Aborted when the caller cancels in flight', async () => {
    emu().setFaults({ latencyMs: 400 });
    try {
      const slow = createStorageClient(emulatorConfig(emu(), name, { timeoutMs: 100, maxRetries: 1 }));
      await expect(slow.listObjects({ bucket })).rejects.toMatchObject({ code: 'Timeout', status: 0, provider });
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 50);
      await expect(client().listObjects({ bucket, signal: ac.signal })).rejects.toMatchObject({ code: 'Aborted', provider });
    } finally {
      emu().setFaults({ latencyMs: 0 });
    }
  });

  it('refuses a header value that cannot be sent (line break, non-Latin-1) as InvalidArgument', async () => {
    await expect(client().put({ bucket, key: 'errs/meta', body: 'x', meta: { a: 'x\ny' } })).rejects.toMatchObject({ code: 'InvalidArgument', status: 0 });
    await expect(client().put({ bucket, key: 'errs/meta', body: 'x', meta: { a: '中文' } })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reports NetworkError for a closed port', async () => {
    const c = createStorageClient(emulatorConfig(emu(), name, { endpoint: 'http://127.0.0.1:1' }));
    await expect(c.listBuckets()).rejects.toMatchObject({ code: 'NetworkError', status: 0, provider });
  });
});
