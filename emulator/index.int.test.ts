// startEmulator options: fixed ports, credentials, region, initial faults, close().
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './index';
import { ossRequest } from './test-client';

async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    const ok = await Promise.all([port, port + 1].map((p) => new Promise<boolean>((resolve) => {
      const s = net.createServer().once('error', () => resolve(false)).listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
    })));
    if (ok.every(Boolean)) return port;
  }
  throw new Error('no free port pair');
}

describe('startEmulator options', () => {
  it('uses the given port for OSS and port+1 for BOS, the given credentials, and frees the ports on close', async () => {
    const port = await freePortPair();
    const emu = await startEmulator({ port, accessKeyId: 'AKFIXED', accessKeySecret: 'fixed-secret' });
    expect([emu.oss, emu.bos, emu.accessKeyId, emu.accessKeySecret]).toEqual([`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, 'AKFIXED', 'fixed-secret']);
    const r = await ossRequest({ url: emu.oss, accessKeyId: 'AKFIXED', accessKeySecret: 'fixed-secret' }, {});
    expect(r.status).toBe(200);
    await emu.close();
    const again = await startEmulator({ port });
    await again.close();
  });

  it('generates distinct credentials when none are given', async () => {
    const [a, b] = await Promise.all([startEmulator(), startEmulator()]);
    expect(a.accessKeySecret).not.toBe(b.accessKeySecret);
    expect(a.accessKeySecret.length).toBeGreaterThanOrEqual(24);
    await Promise.all([a.close(), b.close()]);
  });

  it('signs V4 for the configured region only and reports it', async () => {
    const emu = await startEmulator({ region: 'cn-beijing', seed: 'demo' });
    const ep = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
    const ok = await ossRequest(ep, { bucket: 'demo-oss', query: { location: '' } }, 'cn-beijing');
    expect(ok.text).toContain('oss-cn-beijing');
    expect((await ossRequest(ep, { bucket: 'demo-oss', query: { location: '' } }, 'cn-hangzhou')).status).toBe(403);
    await emu.close();
  });

  it('applies initial fault options', async () => {
    const emu = await startEmulator({ faultRate: 1, latencyMs: 0 });
    const r = await ossRequest({ url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret }, {});
    expect(r.status).toBeGreaterThanOrEqual(500);
    emu.setFaults({ faultRate: 0 });
    expect((await ossRequest({ url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret }, {})).status).toBe(200);
    await emu.close();
  });

  it('a faultSeed option gives every emulator the same faults in the same order', async () => {
    const statusesOf = async (): Promise<number[]> => {
      const emu = await startEmulator({ faultRate: 0.5, faultSeed: 99 });
      try {
        expect(emu.faultSeed()).toBe(99);
        const ep = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
        const out: number[] = [];
        for (let i = 0; i < 24; i++) out.push((await ossRequest(ep, {})).status);
        return out;
      } finally {
        await emu.close();
      }
    };
    const first = await statusesOf();
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(await statusesOf()).toEqual(first);
  });
});
