// `tsx scripts/check-bundle.ts` after `npm run build`: fails when the main or preload bundle
// would load anything but Electron and Node built-ins at runtime.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foreignImports } from './bundle-imports';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundles = ['app/dist/main/index.js', 'app/dist/preload/index.cjs'];
let failed = false;
for (const bundle of bundles) {
  const foreign = foreignImports(readFileSync(path.join(root, bundle), 'utf8'));
  if (foreign.length > 0) {
    failed = true;
    console.error(`${bundle} loads modules that are not bundled: ${foreign.join(', ')}`);
  } else {
    console.log(`${bundle}: only electron and Node built-ins`);
  }
}
process.exit(failed ? 1 : 0);
