// Environment switches of the Electron main process (used by the e2e Electron host).
// Pure: parsed from a plain env object so it is unit-tested.
import { z } from 'zod';
import { loopbackDevOrigin } from './url-policy';

const EmulatorEndpoints = z.object({
  oss: z.string().url(),
  bos: z.string().url(),
  accessKeyId: z.string().min(1),
  accessKeySecret: z.string().min(1),
});
export type EmulatorEndpoints = z.infer<typeof EmulatorEndpoints>;

export interface MainEnv {
  /** SYMBUCKET_USER_DATA: overrides app.getPath('userData'). */
  userDataDir?: string;
  /** SYMBUCKET_EMULATOR: the local-demo profile points at this emulator instead of the embedded one. */
  emulator?: EmulatorEndpoints;
  /** SYMBUCKET_E2E=1: set the ready marker for the test fixture. */
  e2e: boolean;
  /** ELECTRON_RENDERER_URL (set by `electron-vite dev`): the loopback dev server's URL. Ignored when packaged. */
  rendererDevUrl?: string;
}

export function readMainEnv(env: Record<string, string | undefined>): MainEnv {
  const result: MainEnv = { e2e: env.SYMBUCKET_E2E === '1' };
  const devUrl = env.ELECTRON_RENDERER_URL?.trim();
  if (devUrl && loopbackDevOrigin(devUrl) !== undefined) result.rendererDevUrl = devUrl;
  const userData = env.SYMBUCKET_USER_DATA?.trim();
  if (userData) result.userDataDir = userData;
  const emulator = env.SYMBUCKET_EMULATOR?.trim();
  if (emulator) {
    let json: unknown;
    try {
      json = JSON.parse(emulator);
    } catch {
      throw new Error('SYMBUCKET_EMULATOR is not valid JSON: expected {"oss":URL,"bos":URL,"accessKeyId":…,"accessKeySecret":…}.');
    }
    const parsed = EmulatorEndpoints.safeParse(json);
    if (!parsed.success) {
      // Name the fields only: the value may hold a secret.
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
      throw new Error(`SYMBUCKET_EMULATOR is missing or has invalid fields: ${fields}.`);
    }
    result.emulator = parsed.data;
  }
  return result;
}
