// The listing that checks many targets of one folder, against the emulator's real OSS listing:
// keys that need encoding, a link among the targets, missing targets, a sub-folder beside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { createUndiciTransport, type Transport } from '../storage/transport';
import type { StorageClient } from '../storage/types';
import { createLinksService } from './create-links-service';

let emu: RunningEmulator;
let pool: ReturnType<typeof createUndiciTransport>;
let oss: StorageClient;
const sent: string[] = [];
const B = 'demo-oss';

beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
  pool = createUndiciTransport();
  const transport: Transport = (req) => {
    sent.push(`${req.method} ${req.path}`);
    return pool.transport(req);
  };
  oss = createStorageClient({ provider: 'oss', endpoint: emu.oss, region: 'cn-hangzhou', signatureVersion: 'v4', addressing: 'path', accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret }, { transport });
});
afterAll(async () => {
  await pool.close();
  await emu.close();
});

describe('createLinks with targets checked by one listing (emulator)', () => {
  it('tells objects, a link and missing targets apart for keys with spaces, %, +, # and CJK', async () => {
    const names = Array.from({ length: 24 }, (_, i) => `tl/目录 a+b%#${String(i).padStart(2, '0')}.txt`);
    for (const [i, key] of names.entries()) if (i !== 5) await oss.put({ bucket: B, key, body: `x${i}` });
    await oss.put({ bucket: B, key: 'tl/目录 a+b%#sub/inner.txt', body: 'sub' });
    await oss.putSymlink({ bucket: B, key: names[6]!, target: names[0]! }); // replaces object 6 with a link
    const links = createLinksService({ clientFor: async () => oss });
    sent.length = 0;
    const results = await links.createLinks('p', B, names.map((target, i) => ({ key: `tl-links/${i}`, target })));
    expect(results[6]?.error?.code).toBe('INVALID_TARGET');
    expect(results[5]?.status).toBe('created'); // missing target: allowed, as a HEAD would find
    expect(results.filter((r) => r.status === 'created')).toHaveLength(23);
    expect(sent.filter((r) => r.includes('list-type=2'))).toHaveLength(1);
    expect(sent.filter((r) => r.startsWith('HEAD '))).toEqual([]);
    expect((await oss.getSymlink(B, 'tl-links/3')).target).toBe(names[3]);
  });
});
