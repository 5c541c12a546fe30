// The wire names of the IPC contract and the window.api builder. Dependency-free (no zod, no
// Electron), so the preload bundle stays small: contract.ts adds the schemas of these names.
// A new channel: one `apiMethods` entry here plus its schemas in contract.ts `channels`.

/** The named functions of `window.api`, each bound to one fixed request channel. */
export const apiMethods = {
  appInfo: 'app.info',
  openExternal: 'app.openExternal',
  listProfiles: 'profiles.list',
  saveProfile: 'profiles.save',
  removeProfile: 'profiles.remove',
  testProfile: 'profiles.test',
  importCandidates: 'profiles.importCandidates',
  setCustomDomain: 'profiles.setCustomDomain',
  importProfile: 'profiles.import',
  vaultStatus: 'vault.status',
  profileNotices: 'profiles.notices',
  listBuckets: 'buckets.list',
  listObjects: 'objects.list',
  searchFolder: 'objects.search',
  resolveLinks: 'links.resolve',
  createLink: 'links.create',
  createLinks: 'links.createMany',
  followLink: 'links.follow',
  inspectLinkTarget: 'links.inspectTarget',
  scanLinks: 'links.scan',
  objectProperties: 'objects.properties',
  editMetadata: 'objects.editMetadata',
  findLinksTo: 'links.findLinksTo',
  linksPointingHere: 'links.pointingHere',
  knownLinksTo: 'links.knownLinksTo',
  cancelOp: 'ops.cancel',
  newFolder: 'ops.newFolder',
  countKeys: 'ops.count',
  deleteKeys: 'ops.delete',
  copyObjects: 'ops.copy',
  shareUrl: 'ops.shareUrl',
  writeClipboard: 'clipboard.writeText',
  listTransfers: 'transfers.list',
  uploadPaths: 'transfers.upload',
  uploadWithDialog: 'transfers.uploadDialog',
  resolveUploadConflicts: 'transfers.resolveConflicts',
  downloadRows: 'transfers.download',
  openObject: 'transfers.open',
  controlTransfers: 'transfers.control',
  revealTransfer: 'transfers.reveal',
  clearFinishedTransfers: 'transfers.clearFinished',
} as const;
export type ApiMethod = keyof typeof apiMethods;
export type Channel = (typeof apiMethods)[ApiMethod];

/** Events main -> renderer (their payload schemas are contract.ts `events`). */
export const eventNames = ['profiles.changed', 'links.scanProgress', 'objects.changed', 'ops.progress', 'objects.searchProgress', 'menu.command', 'transfers.changed'] as const;
export type EventName = (typeof eventNames)[number];

export const channelNames = Object.values(apiMethods) as Channel[];

/** Main -> renderer events travel on their own IPC channel each, apart from the request channels. */
export function eventChannel(event: EventName): string {
  return `event:${event}`;
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}

export type InvokeTransport = (channel: Channel, input: unknown, call?: unknown) => Promise<unknown>;
export type SubscribeTransport = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** Functions of `window.api` that answer in the renderer without IPC. */
export const localApiFunctions = ['pathForFile'] as const;

/** window.api before the contract's types are laid over it (contract.ts `Api`). */
export type WireApi = Record<ApiMethod, (input?: unknown, call?: unknown) => Promise<unknown>> & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** OS drops: the local path of a File ('' when it has none). */
  pathForFile(file: unknown): string;
};

/**
 * Builds the object the preload exposes as `window.api`: one named function per `apiMethods`
 * entry, each bound to its fixed channel, and one `on(event, listener)`. Transport-free (the
 * preload passes ipcRenderer-backed functions), so it is unit-tested.
 */
export function buildWindowApi(invoke: InvokeTransport, subscribe: SubscribeTransport, pathForFile: (file: unknown) => string = () => ''): WireApi {
  const methods = {} as Record<ApiMethod, (input?: unknown, call?: unknown) => Promise<unknown>>;
  for (const method of Object.keys(apiMethods) as ApiMethod[]) {
    const channel = apiMethods[method];
    // The call options ({ callId }) travel as a separate argument, validated in main like the input.
    methods[method] = (input?: unknown, call?: unknown) => invoke(channel, input, call);
  }
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('The listener must be a function');
    return subscribe(event, listener);
  };
  return { ...methods, on, pathForFile: (file: unknown) => pathForFile(file) };
}
