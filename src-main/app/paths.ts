// Where the built pieces are, relative to the main bundle (app/dist/main/index.js).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPaths {
  preload: string;
  rendererDir: string;
  icon: string;
}

export function appPaths(mainBundleUrl: string): AppPaths {
  const mainDir = path.dirname(fileURLToPath(mainBundleUrl));
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.join(mainDir, '..', 'renderer'),
    icon: path.join(mainDir, '..', '..', 'resources', 'icons', 'icon.png'),
  };
}
