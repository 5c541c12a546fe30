// Channel -> handler table. Parses every input with the contract's schema and turns every
// outcome into a Result. Knows nothing about Electron: ipcMain (electron-ipc.ts) and the
// e2e browser host both call `invoke`.
import type { z } from 'zod';
import {
  CallOptions,
  channels,
  type AppError,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
  type EventName,
  type EventPayload,
  type Result,
} from './contract';
import { describeError, type Scrub } from '../redaction/secret-scrubber';
import { logSafe } from '../redaction/log-line';
import { AppFailure, toAppError } from '../errors';
import type { OperationRegistry } from './handlers/operation-registry';

export interface HandlerContext {
  /** Aborted when the caller cancels (long operations, see handlers/operation-registry.ts). */
  signal?: AbortSignal;
}

export type Handler<C extends Channel> = (input: ChannelParsedInput<C>, ctx: HandlerContext) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export type RouterListener = (event: EventName, payload: unknown) => void;

export interface Router {
  /** `call` may carry `{ callId }`: `ops.cancel({ opId: callId })` then cancels this request. */
  invoke(channel: string, input: unknown, call?: unknown): Promise<Result<unknown>>;
  subscribe(listener: RouterListener): () => void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface RouterOptions {
  /** Where failures are logged (main-process log only; the caller gets a code and a sentence). */
  logError?: (channel: string, error: unknown) => void;
  /** Removes known secrets from the default log line (app-core passes its secret registry's). */
  redact?: Scrub;
  /** Runs requests that carry a call id under that id, so that ops.cancel can abort them. */
  calls?: Pick<OperationRegistry, 'run'>;
}

/**
 * One line per failure: code (or name) and a scrubbed message. Never the whole error: its stack,
 * cause and extra properties may hold what a server echoed back (signature, STS token).
 */
function defaultLogger(redact: Scrub = (text) => text): (channel: string, error: unknown) => void {
  return (channel, error) => {
    if (error instanceof AppFailure) console.warn(logSafe(`[ipc] ${channel}: ${error.code} ${redact(error.message)}`));
    else console.error(logSafe(`[ipc] ${channel} failed: ${describeError(error, redact)}`));
  };
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name);
}

export function formatIssues(error: z.ZodError): AppError {
  const details: Record<string, string> = {};
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
    // A record key that fails its own schema: say why (zod only says "Invalid key in record").
    const message = (issue.code === 'invalid_key' && issue.issues[0]?.message) || issue.message;
    details[path] ??= message;
    return `${path}: ${message}`;
  });
  return { code: 'BAD_REQUEST', message: lines.join('; '), details };
}

/** Only the contract's fields cross the boundary, whatever else an error object carries (stack, cause...). */
function pickAppError(error: AppError): AppError {
  const { code, message, details } = error;
  return details === undefined ? { code, message } : { code, message, details };
}

/** A cancelled call answers at once, even while a handler still waits on a request that ignores the signal. */
function settleOnAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new AppFailure('CANCELLED', 'The request was cancelled.'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function failure(error: AppError): Result<never> {
  return { ok: false, error };
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const logError = options.logError ?? defaultLogger(options.redact);
  const listeners = new Set<RouterListener>();

  async function invoke(channel: string, input: unknown, call?: unknown): Promise<Result<unknown>> {
    try {
      return await dispatch(channel, input, call);
    } catch {
      // Only reading a hostile payload can get here (a getter or proxy trap that throws while
      // the schema walks it; structured clone rules that out in Electron, JSON hosts do not).
      return failure({ code: 'BAD_REQUEST', message: 'The request could not be read: it is not plain data.' });
    }
  }

  async function dispatch(channel: string, input: unknown, call: unknown): Promise<Result<unknown>> {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return failure({ code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel).slice(0, 100)}` });
    }
    const callOptions = CallOptions.safeParse(call ?? undefined);
    if (!callOptions.success) return failure(formatIssues(callOptions.error));
    // JSON-based transports (the browser host) cannot express `undefined`; no schema accepts a bare null.
    const raw = input === null ? undefined : input;
    const parsed = channels[channel].input.safeParse(raw);
    if (!parsed.success) return failure(formatIssues(parsed.error));
    // The table is keyed by channel, so this handler accepts exactly this channel's parsed input.
    const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
    const callId = callOptions.data?.callId;
    const calls = options.calls;
    try {
      const value =
        callId === undefined || !calls
          ? await handler(parsed.data, {})
          : await calls.run(callId, (signal) => settleOnAbort(handler(parsed.data, { signal }), signal));
      return { ok: true, value };
    } catch (error) {
      const appError = pickAppError(toAppError(error));
      // A cancelled call is the renderer's own doing (it no longer shows the result): not a failure to log.
      if (appError.code !== 'CANCELLED') logError(channel, error);
      return failure(appError);
    }
  }

  function subscribe(listener: RouterListener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  function emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...listeners]) {
      try {
        listener(event, payload);
      } catch (error) {
        logError(`event ${event}`, error);
      }
    }
  }

  return { invoke, subscribe, emit };
}
