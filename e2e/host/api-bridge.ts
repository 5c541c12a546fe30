// window.api for the browser host: the same named functions the preload exposes, each
// forwarded through one Playwright binding to the real router running in Node. Events from
// the router are dispatched into the page to the listeners registered with `api.on`.
import type { Page } from 'playwright-core';
import { apiMethods } from '../../src-main/ipc/contract';
import type { IpcActivity } from './ipc-activity';
import type { IpcRecord } from './types';
import { restoreTypedSource, typedJson } from './typed-json';

export const INVOKE_BINDING = '__symbucketInvoke';
export const EMIT_FUNCTION = '__symbucketEmit';
export const DROP_PATHS = '__symbucketDropPaths';

/** What the bridge needs from the app core's router. */
export interface BridgeRouter {
  invoke(channel: string, input: unknown, call?: unknown): Promise<unknown>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

/**
 * Payloads cross the binding as JSON text: Playwright's own value serialization costs
 * ~0.6 s for one 1,000-row listing page, a string next to nothing. JSON also keeps the
 * contract honest, as Electron's structured clone does: plain data only. Answers keep their
 * typed arrays (a listing page's number columns), as structured clone does (typed-json.ts).
 *
 * The init script, as source text: a string (not a function) so that no bundler helper
 * (tsx's `__name`) leaks into the page. `methods` is the contract's name -> channel map.
 */
export function apiInitScript(methods: Record<string, string>): string {
  return `(() => {
  const methods = ${JSON.stringify(methods)};
  const restoreTyped = ${restoreTypedSource};
  const listeners = new Map();
  const api = {};
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = async (input, call) => restoreTyped(JSON.parse(await globalThis[${JSON.stringify(INVOKE_BINDING)}](channel, JSON.stringify(input === undefined ? null : input), JSON.stringify(call === undefined ? null : call))));
  }
  // OS drops: a spec's dropFiles() registers each File it creates with its local path here
  // (Electron's preload asks webUtils.getPathForFile instead).
  const dropPaths = new WeakMap();
  Object.defineProperty(globalThis, ${JSON.stringify(DROP_PATHS)}, { value: dropPaths });
  api.pathForFile = (file) => dropPaths.get(file) ?? '';
  api.on = (event, listener) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => { set.delete(listener); };
  };
  Object.defineProperty(globalThis, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (event, payload) => {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try { listener(payload); } catch (error) { console.error(error); }
      }
    },
  });
  Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), enumerable: true });
})();`;
}

/** Sub-millisecond wall-clock time, on the same scale as the page's performance.timeOrigin + performance.now(). */
const epochNow = (): number => performance.timeOrigin + performance.now();

export interface BridgeHooks {
  record?: (entry: IpcRecord) => void;
  activity?: IpcActivity;
}

/** Installs window.api on every document the page loads; returns the unsubscribe for router events. */
export async function installApiBridge(page: Page, router: BridgeRouter, { record, activity }: BridgeHooks = {}): Promise<() => void> {
  await page.exposeBinding(INVOKE_BINDING, async (_source, channel: unknown, inputJson: unknown, callJson: unknown) => {
    const name = String(channel);
    const input: unknown = typeof inputJson === 'string' ? JSON.parse(inputJson) : null;
    // The call options ({ callId }: makes the request cancellable with ops.cancel), as in Electron.
    const call: unknown = typeof callJson === 'string' ? JSON.parse(callJson) : null;
    record?.({ direction: 'request', channel: name, payload: input, at: epochNow() });
    activity?.begin();
    try {
      const result = await router.invoke(name, input, call);
      record?.({ direction: 'response', channel: name, payload: result, at: epochNow() });
      return typedJson(result);
    } finally {
      activity?.end();
    }
  });
  await page.addInitScript({ content: apiInitScript(apiMethods) });
  return router.subscribe((event, payload) => {
    record?.({ direction: 'event', channel: event, payload });
    page
      .evaluate(
        ([name, emit, data]) => {
          const dispatch = (globalThis as unknown as Record<string, ((e: string, p: unknown) => void) | undefined>)[emit];
          dispatch?.(name, data);
        },
        [event, EMIT_FUNCTION, payload] as const,
      )
      .catch(() => {
        // The page navigated or closed: nobody is listening any more.
      });
  });
}
