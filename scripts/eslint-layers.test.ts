// The layer rules of ARCHITECTURE.md are only worth something if they fire: probe each one.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('ESLint layer rules', () => {
  it('lets the contract import zod, the wire names and the rules table, and those nothing (the wire names ship in the preload)', async () => {
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { apiMethods } from './channels';\nexport const m = apiMethods;\n")).toEqual([]);
    expect(await restrictedImports('src-main/ipc/channels.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { PROVIDER_RULES } from './rules';\nexport const r = PROVIDER_RULES;\n")).toEqual([]);
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { createRouter } from './router';\nexport const r = createRouter;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { x } from './rules-extra';\nexport const r = x;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { join } from 'node:path';\nexport const j = join;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/ipc/contract.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('keeps the rules table free of every import', async () => {
    expect(await restrictedImports('src-main/ipc/rules.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/ipc/rules.ts', 'export const a = 1;\n')).toEqual([]);
  });

  it('keeps Electron and the emulator out of storage, links, profiles and the router', async () => {
    const electron = "import { app } from 'electron';\nexport const a = app;\n";
    for (const file of ['src-main/storage/probe.ts', 'src-main/links/probe.ts', 'src-main/profiles/probe.ts', 'src-main/ipc/router.ts']) {
      expect(await restrictedImports(file, electron), file).toHaveLength(1);
    }
    expect(await restrictedImports('src-main/storage/probe.ts', "import { startEmulator } from '../../emulator';\nexport const s = startEmulator;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/storage/probe.ts', "import { request } from 'undici';\nexport const r = request;\n")).toEqual([]);
  });

  it('allows Electron only in the safeStorage cipher among the profile modules', async () => {
    const code = "import { safeStorage } from 'electron';\nexport const s = safeStorage;\n";
    expect(await restrictedImports('src-main/profiles/safe-storage-cipher.ts', code)).toEqual([]);
  });

  it('lets the renderer import the contract but not Node, Electron or other main code', async () => {
    const file = 'src-renderer/features/probe.ts';
    expect(await restrictedImports(file, "import { channels } from '../../src-main/ipc/contract';\nexport const c = channels;\n")).toEqual([]);
    expect(await restrictedImports(file, "import { createRouter } from '../../src-main/ipc/router';\nexport const r = createRouter;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toHaveLength(1);
  });

  it('keeps the emulator free of app code', async () => {
    expect(await restrictedImports('emulator/probe.ts', "import { StorageError } from '../src-main/storage/errors';\nexport const e = StorageError;\n")).toHaveLength(1);
  });
});
