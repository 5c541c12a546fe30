// Channel -> handler table. Parses every input with the contract's schema and turns every
// outcome into a Result. Knows nothing about Electron: ipcMain (electron-ipc.ts) and the
// e2e browser host both call `invoke`.
import type { z } from 'zod';
import {
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
import { AppFailure, toAppError } from '../errors';

export interface HandlerContext {
  /** Aborted when the caller cancels (long operations, see handlers/operation-registry.ts). */
  signal?: AbortSignal;
}

export type Handler<C extends Channel> = (input: ChannelParsedInput<C>, ctx: HandlerContext) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export type RouterListener = (event: EventName, payload: unknown) => void;

export interface Router {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: RouterListener): () => void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface RouterOptions {
  /** Where failures are logged (main-process log only; the caller gets a code and a sentence). */
  logError?: (channel: string, error: unknown) => void;
  /** Removes known secrets from the default log line (app-core passes its secret registry's). */
  redact?: Scrub;
}

/**
 * One line per failure: code (or name) and a scrubbed message. Never the whole error: its stack,
 * cause and extra properties may hold what a server echoed back (signature, STS token).
 */
function defaultLogger(redact: Scrub = (text) => text): (channel: string, error: unknown) => void {
  return (channel, error) => {
    if (error instanceof AppFailure) console.warn(`[ipc] ${channel}: ${error.code} ${redact(error.message)}`);
    else console.error(`[ipc] ${channel} failed: ${describeError(error, redact)}`);
  };
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name);
}

export function formatIssues(error: z.ZodError): AppError {
  const details: Record<string, string> = {};
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
    details[path] ??= issue.message;
    return `${path}: ${issue.message}`;
  });
  return { code: 'BAD_REQUEST', message: lines.join('; '), details };
}

/** Only the contract's fields cross the boundary, whatever else an error object carries (stack, cause...). */
function pickAppError(error: AppError): AppError {
  const { code, message, details } = error;
  return details === undefined ? { code, message } : { code, message, details };
}

function failure(error: AppError): Result<never> {
  return { ok: false, error };
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const logError = options.logError ?? defaultLogger(options.redact);
  const listeners = new Set<RouterListener>();

  async function invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return failure({ code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel).slice(0, 100)}` });
    }
    // JSON-based transports (the browser host) cannot express `undefined`; no schema accepts a bare null.
    const raw = input === null ? undefined : input;
    const parsed = channels[channel].input.safeParse(raw);
    if (!parsed.success) return failure(formatIssues(parsed.error));
    // The table is keyed by channel, so this handler accepts exactly this channel's parsed input.
    const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data, {}) };
    } catch (error) {
      logError(channel, error);
      return failure(pickAppError(toAppError(error)));
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
