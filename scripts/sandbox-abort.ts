// Ubuntu 23.10+ restricts unprivileged user namespaces with AppArmor, so Chromium falls back to
// the SUID sandbox helper, and Electron aborts (SIGTRAP) when node_modules/electron/dist/
// chrome-sandbox is not root-owned 4755. `npm start` recognises that exit from its stderr and
// explains it in one paragraph instead of leaving the user with a core dump line.

export interface ElectronExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const SUID_ABORT = /The SUID sandbox helper binary was found, but is not configured correctly|No usable sandbox!/;
const SANDBOX_PATH = /make sure that (\S*chrome-sandbox) is owned by root/;

/** True when Electron exited because Chromium refused to start without a working sandbox. */
export function isSandboxAbort(stderr: string, exit: ElectronExit): boolean {
  const crashed = exit.signal === 'SIGTRAP' || (exit.code !== null && exit.code !== 0);
  return crashed && SUID_ABORT.test(stderr);
}

/** The chrome-sandbox path the message names, or undefined. */
export function sandboxHelperPath(stderr: string): string | undefined {
  return SANDBOX_PATH.exec(stderr)?.[1];
}

export function sandboxAbortMessage(stderr: string, fallbackHelper: string): string {
  const helper = sandboxHelperPath(stderr) ?? fallbackHelper;
  return [
    'Symbucket did not start: Chromium refused to run without its sandbox. Recent Ubuntu releases (23.10 and later) forbid',
    'unprivileged user namespaces through AppArmor, so Electron needs either an AppArmor profile that allows them for this',
    'binary (see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md) or its',
    `SUID helper set up once with: sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`,
    '(npm install resets it). The installed .deb does this itself; for the AppImage see the README. Never disable the sandbox.',
  ].join(' ');
}

/** Keeps the last `limit` characters of a stream, enough for Chromium's FATAL line. */
export function tailBuffer(limit = 64 * 1024) {
  let text = '';
  return {
    push(chunk: string | Buffer) {
      text = (text + chunk.toString()).slice(-limit);
    },
    text: () => text,
  };
}
