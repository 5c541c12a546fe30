import { describe, expect, it } from 'vitest';
import { foreignImports, importedSpecifiers, isAllowedRuntimeImport, PRELOAD_MAX_BYTES, preloadBloat } from './bundle-imports';

describe('importedSpecifiers', () => {
  it('ignores specifiers inside comments and strings', () => {
    const code = ['/** const x = require("./body") */', '// import y from "zod";', 'const s = "import z from \'undici\'";', 'import { app } from "electron";'].join('\n');
    expect(importedSpecifiers(code)).toEqual(['electron']);
  });

  it('finds static, dynamic, re-export and require specifiers', () => {
    const code = [
      'import { app } from "electron";',
      "import fs from 'node:fs';",
      'import "side-effect";',
      'export * from "./chunk.js";',
      'const z = await import("zod");',
      'const p = require("path");',
      'const q = __require("node:os");',
    ].join('\n');
    expect(importedSpecifiers(code)).toEqual(['./chunk.js', 'electron', 'node:fs', 'node:os', 'path', 'side-effect', 'zod']);
  });
});

describe('foreignImports', () => {
  it('accepts electron and Node built-ins only', () => {
    expect(isAllowedRuntimeImport('electron')).toBe(true);
    expect(isAllowedRuntimeImport('node:sqlite')).toBe(true);
    expect(isAllowedRuntimeImport('fs/promises')).toBe(true);
    expect(isAllowedRuntimeImport('zod')).toBe(false);
  });

  it('reports packages and separate chunks', () => {
    const code = 'import { z } from "zod";\nimport x from "./chunks/x.js";\nimport { app } from "electron";\nrequire("node:events");';
    expect(foreignImports(code)).toEqual(['./chunks/x.js', 'zod']);
  });
});

describe('preloadBloat', () => {
  it('passes a small bundle of wire names', () => {
    expect(preloadBloat('"use strict";const apiMethods={appInfo:"app.info"};')).toEqual([]);
  });

  it('reports zod inside the preload, and a bundle over the size limit', () => {
    expect(preloadBloat('const inst = $constructor("$ZodType", (inst, def) => {});')).toEqual([expect.stringMatching(/bundles zod/)]);
    expect(preloadBloat('x'.repeat(PRELOAD_MAX_BYTES + 1))).toEqual([expect.stringMatching(/limit/)]);
  });
});
