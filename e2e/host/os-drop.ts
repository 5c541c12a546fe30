// A drop of local files from the OS onto an element: a DataTransfer of File objects (named like
// the paths' last segments) through dragenter/dragover/drop. The browser host registers each
// File's path for window.api.pathForFile; in Electron a synthetic File has no path, so this
// seam is browser-host only.
import type { Locator } from 'playwright-core';
import { DROP_PATHS } from './api-bridge';

export async function dropLocalFiles(target: Locator, paths: string[]): Promise<void> {
  await target.evaluate(
    (element, [registry, list]) => {
      const transfer = new DataTransfer();
      const map = (globalThis as unknown as Record<string, WeakMap<File, string>>)[registry]!;
      for (const path of list) {
        const file = new File([''], path.split(/[\\/]/).filter(Boolean).pop() ?? path);
        map.set(file, path);
        transfer.items.add(file);
      }
      for (const type of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    [DROP_PATHS, paths] as const,
  );
}
