// The one composition root: storage, profiles, links and the router, used by the Electron main
// process and by the e2e browser host alike. Runs on plain Node: no Electron import here or in
// anything it imports (the cipher and openExternal are injected).
import appPackage from '../app/package.json';
import { superviseDemoStorage } from './demo/demo-supervisor';
import { createHandlers } from './ipc/handlers/index';
import { createOperationRegistry } from './ipc/handlers/operation-registry';
import { createRouter, type Router, type RouterOptions } from './ipc/router';
import { createLinksService } from './links/create-links-service';
import { createProfilesService } from './profiles/create-profiles-service';
import { runningDemoBackend, type DemoBackend } from './profiles/local-demo';
import { createSecretRegistry } from './redaction/secret-scrubber';
import type { EmulatorEndpoints } from './storage/emulator-endpoints';
import { useSharedTransport } from './storage/requester';
import type { Transport } from './storage/transport';
import type { SecretCipher } from './profiles/secret-cipher';
import type { Clipboard } from './ipc/handlers/operations';
import type { CopyLimits } from './operations/copy-one';
import type { Provider } from './storage/types';
import type { Dialogs, OsShell } from './transfers/host-seams';
import { createTransfersService } from './transfers/transfers-service';

export interface AppCoreOptions {
  userDataDir: string;
  cipher: SecretCipher;
  /** An emulator already running: the local-demo profile points at it instead of the embedded one. */
  emulator?: EmulatorEndpoints;
  host: 'electron' | 'browser';
  locale?: string;
  /** Opens an http(s) URL in the OS browser (shell.openExternal); absent: app.openExternal fails. */
  openExternal?: (url: string) => Promise<void>;
  logError?: RouterOptions['logError'];
  /** The wire for every storage request: Electron's net.fetch transport in the app; undici when absent. */
  transport?: Transport;
  /** Clipboard writes (Electron `clipboard`; the browser host records them); absent: clipboard.writeText fails. */
  clipboard?: Clipboard;
  /** Above these sizes a copy goes in parts (UploadPartCopy); tests make them small. */
  copyLimits?: Partial<Record<Provider, Partial<CopyLimits>>>;
  /** Native open/save dialogs (Electron dialog.showOpenDialog; the browser host answers from the test). */
  dialogs?: Dialogs;
  /** shell.openPath / shell.showItemInFolder (the browser host records the requests). */
  shell?: OsShell;
}

const GiB = 1024 ** 3;
/** OSS CopyObject handles up to 1 GiB (then UploadPartCopy); BOS CopyObject up to 5 GiB. */
export const DEFAULT_COPY_LIMITS: Record<Provider, CopyLimits> = {
  oss: { multipartThreshold: GiB, partSize: 64 * 1024 ** 2 },
  bos: { multipartThreshold: 5 * GiB, partSize: 64 * 1024 ** 2 },
};

function copyLimitsOf(over: AppCoreOptions['copyLimits']): Record<Provider, CopyLimits> {
  return {
    oss: { ...DEFAULT_COPY_LIMITS.oss, ...over?.oss },
    bos: { ...DEFAULT_COPY_LIMITS.bos, ...over?.bos },
  };
}

export interface AppCore {
  router: Router;
  close(): Promise<void>;
}

export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  useSharedTransport(options.transport);
  // The embedded demo storage failing to start (port, disk) does not stop the app: the demo
  // profile shows DEMO_UNAVAILABLE with a Retry instead.
  const demo = options.emulator ? undefined : await superviseDemoStorage({ userDataDir: options.userDataDir });
  try {
    return wire(options, demo ?? runningDemoBackend(options.emulator!), () => demo?.close() ?? Promise.resolve());
  } catch (error) {
    await demo?.close(); // a half-built core must not leave the embedded emulator listening
    throw error;
  }
}

function wire(options: AppCoreOptions, demo: DemoBackend, closeDemo: () => Promise<void>): AppCore {
  const secrets = createSecretRegistry();
  const profiles = createProfilesService({ userDataDir: options.userDataDir, cipher: options.cipher, demo, secrets });
  const links = createLinksService({ clientFor: (profileId, bucket) => profiles.resolveClient(profileId, bucket) });
  const ops = createOperationRegistry();
  const transfers = createTransfersService({
    userDataDir: options.userDataDir,
    clientFor: (profileId, bucket) => profiles.resolveClient(profileId, bucket),
    ...(options.dialogs && { dialogs: options.dialogs }),
    ...(options.shell && { shell: options.shell }),
    emit: (payload) => router.emit('transfers.changed', payload),
    onUploaded: (profileId, bucket, key) => links.invalidate(profileId, bucket, [key], 'written'),
  });

  // Handlers emit through the router built from them (only ever while it handles a request).
  const handlers = createHandlers({
    app: {
      version: appPackage.version,
      platform: process.platform,
      locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
      host: options.host,
      ...(options.openExternal && { openExternal: options.openExternal }),
    },
    profiles,
    links,
    ops,
    transfers,
    emit: (event, payload) => router.emit(event, payload),
    copyLimits: copyLimitsOf(options.copyLimits),
    ...(options.clipboard && { clipboard: options.clipboard }),
  });
  const router = createRouter(handlers, { redact: secrets.scrub, calls: ops, ...(options.logError && { logError: options.logError }) });
  const stopProfileEvents = profiles.onChange((list) => router.emit('profiles.changed', { profiles: list }));

  let closing: Promise<void> | undefined;
  return {
    router,
    close: () =>
      (closing ??= (async () => {
        stopProfileEvents();
        ops.cancelAll();
        await transfers.close();
        await closeDemo();
      })()),
  };
}
