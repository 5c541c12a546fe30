// Durability of streamed uploads (issue 13: "--data survives SIGKILLs during 16-way write
// bursts with 0 acknowledged writes lost"): 16 writers stream PUTs of up to 3 MiB each, the
// emulator is SIGKILLed mid-burst, restarted, and every acknowledged write must read back byte
// for byte (its blob was durable before its journal line, the line before the answer). A kill
// leaves no temp file and no blob that nothing refers to after the restart.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ossRequest, ossSign } from './test-client';
import { exited, killAll, startCli, type StartedCli } from './test-cli';
import { MiB, streamRequest } from './test-stream';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-burst-'));
const blobDir = path.join(dataDir, 'blobs');
const children: ChildProcess[] = [];
const args = ['--data', dataDir, '--seed', 'none', '--access-key-id', 'BURSTAK', '--access-key-secret', 'burst-secret'];

afterAll(() => {
  killAll(children);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Deterministic body of write `n` (sizes 0 .. 3 MiB, most of them small). */
function bodyOf(n: number): Buffer {
  const size = n % 7 === 0 ? 0 : n % 5 === 0 ? 3 * MiB - n : (n * 7919) % 200_000;
  const seed = crypto.createHash('sha256').update(String(n)).digest();
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i += seed.length) seed.copy(out, i);
  return out;
}

const md5 = (b: Buffer) => crypto.createHash('md5').update(b).digest('hex');

describe('--data: SIGKILL during 16-way streamed write bursts', () => {
  const acknowledged = new Map<string, string>();
  let next = 0;

  it('loses no acknowledged write over three kills', async () => {
    let emu: StartedCli = await startCli(args, children);
    expect((await ossRequest(emu.oss, { method: 'PUT', bucket: 'burst' })).status).toBe(200);
    for (let round = 0; round < 3; round++) {
      let killed = false;
      const writer = async (ep: StartedCli['oss']) => {
        while (!killed) {
          const n = next++;
          const key = `w/${n}.bin`;
          const body = bodyOf(n);
          try {
            const r = await streamRequest(ossSign(ep, { method: 'PUT', bucket: 'burst', key }), { chunks: [body], length: body.length });
            if (r.status === 200) acknowledged.set(key, md5(body));
          } catch {
            // the connection died with the server: not acknowledged
          }
        }
      };
      const writers = Array.from({ length: 16 }, () => writer(emu.oss));
      // Kill once the burst is well under way (a number of writes acknowledged in this round).
      const before = acknowledged.size;
      await expect.poll(() => acknowledged.size - before, { timeout: 60_000, interval: 20 }).toBeGreaterThan(40 + round * 20);
      emu.child.kill('SIGKILL');
      killed = true;
      expect((await exited(emu.child)).signal).toBe('SIGKILL');
      await Promise.all(writers);

      emu = await startCli(args, children);
      const lost: string[] = [];
      for (const [key, sum] of acknowledged) {
        const head = await ossRequest(emu.oss, { method: 'HEAD', bucket: 'burst', key });
        if (head.status !== 200 || head.headers.get('etag') !== `"${sum.toUpperCase()}"`) lost.push(`${key}: ${head.status}`);
      }
      expect(lost, `round ${round}: ${acknowledged.size} acknowledged`).toEqual([]);
      // Bytes too, for a sample that includes the large bodies.
      for (const key of [...acknowledged.keys()].filter((_k, i) => i % 9 === 0)) {
        const got = await ossRequest(emu.oss, { bucket: 'burst', key });
        expect(md5(got.body), key).toBe(acknowledged.get(key));
      }
      const files = fs.readdirSync(blobDir);
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // Every streamed blob left is named by a live object (an acknowledged one or one whose
      // journal line was written just before the kill): none is an orphan.
      const listed = (await ossRequest(emu.oss, { bucket: 'burst', query: { 'max-keys': '1000', prefix: 'w/' } })).text.match(/<Key>/g)?.length ?? 0;
      expect(files.filter((f) => /^[0-9a-f]{32}$/.test(f)).length).toBeLessThanOrEqual(listed);
    }
    emu.child.kill('SIGTERM');
    expect((await exited(emu.child)).code).toBe(0);
  }, 300_000);
});
