// `npm run preview` without the build step: the CLI writes a 1280x800 PNG of the app, opened
// at a bucket path (also a big/ folder it seeds), and exits 0; a bad option is a usage error (exit 2).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '../../fixtures';
import { ROOT_DIR } from '../../host';

const run = promisify(execFile);
const TSX = join(ROOT_DIR, 'node_modules', '.bin', 'tsx');
const PREVIEW = join(ROOT_DIR, 'e2e', 'preview.ts');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// eslint-disable-next-line no-empty-pattern -- no fixtures needed, only testInfo
test('--screenshot writes a 1280x800 PNG of the requested path and exits 0', async ({}, testInfo) => {
  test.setTimeout(90_000);
  const file = testInfo.outputPath('preview.png');
  const { stdout } = await run(TSX, [PREVIEW, '--screenshot', file, '--theme', 'dark', '--path', 'demo-oss/docs/reports'], {
    cwd: ROOT_DIR,
    env: { ...process.env, DISPLAY: '' },
    timeout: 80_000,
  });
  expect(stdout).toContain(file);
  expect(pngSize(await readFile(file))).toEqual({ width: 1280, height: 800 });
});

// eslint-disable-next-line no-empty-pattern -- no fixtures needed, only testInfo
test('--big N seeds a big/ folder that --path can open (--width sets the window)', async ({}, testInfo) => {
  test.setTimeout(90_000);
  const file = testInfo.outputPath('big.png');
  await run(TSX, [PREVIEW, '--screenshot', file, '--big', '2500', '--path', 'demo-oss/big/', '--width', '1024'], { cwd: ROOT_DIR, env: { ...process.env, DISPLAY: '' }, timeout: 80_000 });
  expect(pngSize(await readFile(file))).toEqual({ width: 1024, height: 800 });
});

test('an unknown option prints the usage and exits 2', async () => {
  const failure = await run(TSX, [PREVIEW, '--colour', 'blue'], { cwd: ROOT_DIR, timeout: 30_000 }).catch((error: { code?: number; stderr?: string }) => error);
  expect(failure).toMatchObject({ code: 2 });
  expect((failure as { stderr?: string }).stderr).toContain('Usage: npm run preview');
});
