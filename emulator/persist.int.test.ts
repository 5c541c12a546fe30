// Persistence: write through the CLI, SIGKILL it, restart on the same --data directory,
// and find every acknowledged write byte for byte.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bosRequest, ossRequest } from './test-client';
import { exited, killAll, startCli as startChild } from './test-cli';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-emu-'));
const children: ChildProcess[] = [];
const startCli = (argv: string[]) => startChild(argv, children);

afterAll(() => {
  killAll(children);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const args = ['--data', dataDir, '--seed', 'none', '--access-key-id', 'PERSISTAK', '--access-key-secret', 'persist-secret'];

describe('persistence across SIGKILL', () => {
  const objects = new Map<string, Buffer>();
  let uploadId = '';

  it('acknowledges writes, then is killed with SIGKILL', async () => {
    const emu = await startCli(args);
    expect((await ossRequest(emu.oss, { method: 'PUT', bucket: 'persist-oss' })).status).toBe(200);
    expect((await bosRequest(emu.bos, { method: 'PUT', bucket: 'persist-bos' })).status).toBe(200);
    const sizes = [0, 1, 100, 4096, 65_537, 1024 * 1024 + 3];
    for (let i = 0; i < 12; i++) {
      const key = `dir-${i % 3}/报告 ${i}+%.bin`;
      const body = crypto.randomBytes(sizes[i % sizes.length]!);
      objects.set(key, body);
      expect((await ossRequest(emu.oss, { method: 'PUT', bucket: 'persist-oss', key, body })).status).toBe(200);
      expect((await bosRequest(emu.bos, { method: 'PUT', bucket: 'persist-bos', key, body })).status).toBe(200);
    }
    // Overwrite, delete, link and an unfinished multipart upload must survive too.
    objects.set('dir-0/报告 0+%.bin', Buffer.from('overwritten'));
    await ossRequest(emu.oss, { method: 'PUT', bucket: 'persist-oss', key: 'dir-0/报告 0+%.bin', body: 'overwritten' });
    await bosRequest(emu.bos, { method: 'PUT', bucket: 'persist-bos', key: 'dir-0/报告 0+%.bin', body: 'overwritten' });
    objects.delete('dir-1/报告 1+%.bin');
    expect((await ossRequest(emu.oss, { method: 'DELETE', bucket: 'persist-oss', key: 'dir-1/报告 1+%.bin' })).status).toBe(204);
    expect((await bosRequest(emu.bos, { method: 'DELETE', bucket: 'persist-bos', key: 'dir-1/报告 1+%.bin' })).status).toBe(204);
    const link = await ossRequest(emu.oss, { method: 'PUT', bucket: 'persist-oss', key: 'link', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'dir-2/%E6%8A%A5%E5%91%8A%202%2B%25.bin' } });
    expect(link.status).toBe(200);
    const init = await ossRequest(emu.oss, { method: 'POST', bucket: 'persist-oss', key: 'mp.bin', query: { uploads: '' } });
    uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(init.text)![1]!;
    const part = await ossRequest(emu.oss, { method: 'PUT', bucket: 'persist-oss', key: 'mp.bin', query: { partNumber: '1', uploadId }, body: 'part one' });
    expect(part.status).toBe(200);
    emu.child.kill('SIGKILL');
    expect((await exited(emu.child)).signal).toBe('SIGKILL');
  }, 90_000);

  it('restarts with the same contents, byte for byte', async () => {
    // A torn, never-acknowledged journal line must not stop the restart.
    fs.appendFileSync(path.join(dataDir, 'journal.jsonl'), '{"op":"put","bucket":"persist-oss","o":{"key":"torn');
    const emu = await startCli(args);
    for (const [ep, send, bucket] of [
      [emu.oss, ossRequest, 'persist-oss'],
      [emu.bos, bosRequest, 'persist-bos'],
    ] as const) {
      for (const [key, body] of objects) {
        const r = await send(ep, { bucket, key });
        expect(r.status, key).toBe(200);
        expect(r.body.equals(body), key).toBe(true);
      }
      expect((await send(ep, { bucket, key: 'dir-1/报告 1+%.bin' })).status).toBe(404);
    }
    const list = await ossRequest(emu.oss, { bucket: 'persist-oss', query: { 'list-type': '2', 'max-keys': '1000' } });
    const listed = [...list.text.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]);
    expect(listed).toEqual([...objects.keys(), 'link'].sort());
    expect((await ossRequest(emu.oss, { bucket: 'persist-oss', key: 'link' })).body.equals(objects.get('dir-2/报告 2+%.bin')!)).toBe(true);
    const parts = await ossRequest(emu.oss, { bucket: 'persist-oss', key: 'mp.bin', query: { uploadId } });
    expect(parts.text).toContain('<PartNumber>1</PartNumber>');
    emu.child.kill('SIGTERM');
    expect((await exited(emu.child)).code).toBe(0);
    expect(emu.stdoutLines).toHaveLength(1);
  }, 90_000);
});
