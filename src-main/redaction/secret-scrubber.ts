// One redaction for the whole main process: the profiles' storage clients scrub the errors they
// throw, and the router's log line is scrubbed again with every secret the app has seen.
export const REDACTED = '[redacted]';
/** Shorter strings could match innocent text; real secrets and tokens are far longer. */
const MIN_SECRET_LENGTH = 6;

export type Scrub = (text: string) => string;

/** Replaces every given secret (also percent-encoded, as in a presigned URL) with [redacted]. */
export function scrubber(secrets: Iterable<string | undefined>): Scrub {
  const needles = [...secrets].filter((s): s is string => s !== undefined && s.length >= MIN_SECRET_LENGTH);
  const all = [...new Set(needles.flatMap((s) => [s, encodeURIComponent(s)]))].sort((a, b) => b.length - a.length);
  return (text) => all.reduce((out, needle) => out.split(needle).join(REDACTED), text);
}

/** Scrubs message and stack of an error and its causes in place; returns it. The stack (its first
 * line is the message; the frames are code locations) is only rewritten when the message held a
 * secret: reading `.stack` formats it, which is costly for the many errors that hold none. */
export function scrubError(error: unknown, scrub: Scrub, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const message = scrub(error.message);
  if (message !== error.message) {
    error.message = message;
    if (error.stack) error.stack = scrub(error.stack);
  }
  scrubError(error.cause, scrub, depth + 1);
  return error;
}

/** Every secret the process has handled, so a log line can be scrubbed without knowing its origin. */
export interface SecretRegistry {
  add(...secrets: (string | undefined)[]): void;
  scrub: Scrub;
}

export function createSecretRegistry(): SecretRegistry {
  const known = new Set<string>();
  let current: Scrub = (text) => text;
  return {
    add(...secrets) {
      const before = known.size;
      for (const s of secrets) if (s !== undefined) known.add(s);
      if (known.size !== before) current = scrubber(known);
    },
    scrub: (text) => current(text),
  };
}

/**
 * A log-safe one-liner: the error's code (or name) and its scrubbed message. No stack, no cause,
 * no other properties: those may carry what a server echoed back (headers, string-to-sign).
 */
export function describeError(error: unknown, scrub: Scrub = (text) => text): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const label = typeof code === 'string' && code !== '' ? `${error.name} ${code}` : error.name;
  return `${label}: ${scrub(error.message)}`;
}
