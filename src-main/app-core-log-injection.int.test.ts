// Log injection through the composition root, as the probe found it: a metadata name with a
// newline is quoted in the error main logs, and used to forge whole `[ipc] …` lines. With the
// router's own logger, every console line stays one line and the forged text is visibly escaped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppCore, type AppCore } from './app-core';
import { createMemoryCipher } from './profiles/memory-cipher';

let core: AppCore;
let userDataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  userDataDir = await mkdtemp(path.join(tmpdir(), 'log-injection-'));
  core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser' }); // default logger
});
afterAll(async () => {
  await core?.close();
  vi.restoreAllMocks();
  await rm(userDataDir, { recursive: true, force: true });
});

describe('main log', () => {
  it('a metadata name with a newline cannot forge an [ipc] line', async () => {
    const forged = 'x\n[ipc] profiles.save: saved profile "admin"\r\u001b[1A';
    const result = await core.router.invoke('links.create', { profileId: 'local-demo', bucket: 'demo-oss', key: 'log-injection.txt', target: 'readme.txt', meta: { [forged]: 'v' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const logged = lines.filter((line) => line.includes('links.create'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('x\\n[ipc] profiles.save: saved profile "admin"');
    expect(logged[0]).toContain('\\r\\x1b[1A');
    // eslint-disable-next-line no-control-regex
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});
