// `node --import tsx --import ./register.mjs`: resolves `electron` to the shared fake
// (src-main/testing/electron-fake.ts, loaded through tsx), the same one every vitest test uses.
import { register } from 'node:module';

const fake = new URL('../../src-main/testing/electron-fake.ts', import.meta.url).href;
register('data:text/javascript,' + encodeURIComponent(`
  export async function resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: ${JSON.stringify(fake)}, shortCircuit: true, format: 'module' };
    return next(specifier, context);
  }
`));
