// Keys with control characters through put, list, copy and delete on both providers. Found by
// fuzzing: OSS DeleteMultipleObjects once sent keys raw in its XML body, XML parsers turned CR
// into LF, and deleting `a\rb` removed `a\nb` (data loss) while `\v` or `\f` failed the batch.
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, streamToString, useEmulator } from './testing/emulator-configs';
import { type StorageClient } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));

/** U+0001..U+001F and U+007F; NUL is left out (no service documents it in a key). */
const CONTROL_CHARS = [...Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)), '\x7f'];
const hex = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, '0');
const keyFor = (c: string): string => `ctl/${hex(c)}-a${c}b.txt`;

describe.each<ConfigName>(['oss-v4', 'oss-v1', 'bos'])('%s', (name) => {
  const bucket = DEMO_BUCKET[name];
  let c: StorageClient;
  beforeAll(async () => {
    c = createStorageClient(emulatorConfig(emu(), name));
    for (const ch of CONTROL_CHARS) await c.put({ bucket, key: keyFor(ch), body: `body ${hex(ch)}` });
  });

  it('lists every control-character key exactly', async () => {
    const listed = [];
    for await (const page of c.listAll({ bucket, prefix: 'ctl/', maxKeys: 7 })) listed.push(...page.objects.map((o) => o.key));
    expect(listed.sort()).toEqual(CONTROL_CHARS.map(keyFor).sort());
  });

  it('copies every control-character key to a control-character name', async () => {
    for (const ch of CONTROL_CHARS) {
      await c.copy({ bucket, key: `ctl-copy/${hex(ch)}${ch}`, sourceBucket: bucket, sourceKey: keyFor(ch) });
      expect(await streamToString((await c.get({ bucket, key: `ctl-copy/${hex(ch)}${ch}` })).body)).toBe(`body ${hex(ch)}`);
    }
  });

  it('deleteMany removes exactly the keys asked for: deleting a\\rb keeps a\\nb', async () => {
    await c.put({ bucket, key: 'ctl-pair/a\rb', body: 'cr' });
    await c.put({ bucket, key: 'ctl-pair/a\nb', body: 'lf' });
    const r = await c.deleteMany(bucket, ['ctl-pair/a\rb']);
    expect(r).toEqual({ deleted: ['ctl-pair/a\rb'], failed: [] });
    expect((await c.listObjects({ bucket, prefix: 'ctl-pair/' })).objects.map((o) => o.key)).toEqual(['ctl-pair/a\nb']);
  });

  it('deleteMany removes every control-character key in one batch', async () => {
    const keys = [...CONTROL_CHARS.map(keyFor), ...CONTROL_CHARS.map((ch) => `ctl-copy/${hex(ch)}${ch}`)];
    const r = await c.deleteMany(bucket, keys);
    expect(r.failed).toEqual([]);
    expect([...r.deleted].sort()).toEqual([...keys].sort());
    expect((await c.listObjects({ bucket, prefix: 'ctl' })).objects.map((o) => o.key)).toEqual(['ctl-pair/a\nb']);
  });
});
