// Keep-alive across a mixed run: undici closes the connection after a HEAD unless the request
// says `reset: false` (undici lib/dispatcher/client-h1.js: "Close after a HEAD request to interop
// with misbehaving servers"), so without the fix every request after a HEAD reconnected.
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, streamToString, useEmulator } from './testing/emulator-configs';
import { createUndiciTransport } from './transport';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));

describe.each<ConfigName>(['oss-v4', 'bos'])('%s keep-alive', (name) => {
  it('serves 120 sequential HEAD/GET/PUT/404/list requests and a parallel burst over a few TCP connections', async () => {
    const bucket = DEMO_BUCKET[name];
    const side = name === 'bos' ? 'bos' : 'oss';
    const { transport, close } = createUndiciTransport();
    const c = createStorageClient(emulatorConfig(emu(), name), { transport });
    const before = emu().connections()[side];
    try {
      for (let i = 0; i < 20; i++) {
        const key = `keepalive-${name}/k${i}.txt`;
        await c.put({ bucket, key, body: `body ${i}` });
        await c.head(bucket, key);
        await expect(c.head(bucket, `${key}.missing`)).rejects.toMatchObject({ status: 404 });
        expect(await streamToString((await c.get({ bucket, key })).body)).toBe(`body ${i}`);
        await expect(c.getSymlink(bucket, key)).rejects.toMatchObject({ status: 400 });
        await c.listObjects({ bucket, prefix: `keepalive-${name}/`, maxKeys: 5 });
      }
      // A request sent in the same tick the previous answer ended may find its socket not yet
      // back in the pool: at most one extra connection for a sequential run (119 without the fix).
      expect(emu().connections()[side] - before).toBeLessThanOrEqual(2);
      const burst = Array.from({ length: 100 }, (_, i) => c.head(bucket, `keepalive-${name}/k${i % 40}.txt`).catch((e: { status: number }) => e.status));
      expect((await Promise.all(burst)).filter((r) => r === 404)).toHaveLength(40);
    } finally {
      await close();
    }
    // The pool holds 16 connections at most (createUndiciTransport's default).
    expect(emu().connections()[side] - before).toBeLessThanOrEqual(16);
  });
});
