// Expected answers are values on the hot path (issue #10): creating links to existing and missing
// targets and resolving them through the app's real wiring (profile clients wrapped by the
// redacting client, emulator on loopback) formats no error stack. V8 calls
// Error.prepareStackTrace the first time an error's `.stack` is read, so counting its calls
// counts stack reads; a thrown-and-scrubbed 404 per probe read one each before.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createMemoryCipher } from '../profiles/memory-cipher';
import { createProfilesService, LOCAL_DEMO_ID } from '../profiles/create-profiles-service';
import { closeSharedTransport } from '../storage/create-client';
import { createLinksService } from './create-links-service';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
});
afterAll(async () => {
  await closeSharedTransport();
  await emu.close();
});

async function countStackReads(run: () => Promise<void>): Promise<number> {
  const original = Error.prepareStackTrace;
  let reads = 0;
  Error.prepareStackTrace = (error, frames) => {
    reads += 1;
    return original ? original(error, frames) : `${String(error)}\n${frames.map((f) => `    at ${String(f)}`).join('\n')}`;
  };
  try {
    await run();
  } finally {
    Error.prepareStackTrace = original;
  }
  return reads;
}

describe.each(['demo-oss', 'demo-bos'])('%s hot path', (bucket) => {
  it('creates and resolves links to present and missing targets without formatting a stack', async () => {
    const profiles = createProfilesService({ userDataDir: mkdtempSync(join(tmpdir(), 'symbucket-stacks-')), cipher: createMemoryCipher(), demo: emu, env: {} });
    const links = createLinksService({ clientFor: (profileId, b) => profiles.resolveClient(profileId, b) });
    const client = await profiles.resolveClient(LOCAL_DEMO_ID, bucket);
    const prefix = `stacks-${bucket}/`;
    await client.put({ bucket, key: `${prefix}present.txt`, body: 'x' });
    const items = Array.from({ length: 40 }, (_, i) => ({ key: `${prefix}link-${i}`, target: `${prefix}${i % 2 ? 'present.txt' : `missing-${i}.txt`}` }));
    let states: string[] = [];
    const reads = await countStackReads(async () => {
      const created = await links.createLinks(LOCAL_DEMO_ID, bucket, items);
      expect(created.every((r) => r.status === 'created')).toBe(true);
      const page = await client.listObjects({ bucket, prefix });
      const rows = page.objects.map(({ key, etag, kind }) => ({ key, etag, kind }));
      states = (await links.resolve(LOCAL_DEMO_ID, bucket, rows)).filter((i) => i.isLink).map((i) => i.state);
    });
    expect(states.filter((s) => s === 'broken')).toHaveLength(20);
    expect(states.filter((s) => s === 'ok')).toHaveLength(20);
    expect(reads).toBe(0);
  });
});
