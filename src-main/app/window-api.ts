// Builds the object the preload exposes as `window.api`: one named function per
// `apiMethods` entry, each bound to its fixed channel, and one `on(event, listener)`.
// Transport-free (the preload passes ipcRenderer-backed functions), so it is unit-tested.
import { apiMethods, eventNames, type Api, type Channel, type EventName, type Result } from '../ipc/contract';

export type InvokeTransport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;
export type SubscribeTransport = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** Main -> renderer events travel on their own IPC channel each, apart from the request channels. */
export function eventChannel(event: EventName): string {
  return `event:${event}`;
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as string[]).includes(name);
}

export function buildWindowApi(invoke: InvokeTransport, subscribe: SubscribeTransport): Api {
  const methods: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
  for (const [method, channel] of Object.entries(apiMethods)) {
    methods[method] = (input?: unknown) => invoke(channel, input);
  }
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('The listener must be a function');
    return subscribe(event, listener);
  };
  // Each entry of `methods` forwards the typed input of its own method's channel.
  return { ...methods, on } as unknown as Api;
}
