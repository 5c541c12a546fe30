// Reads as much of a damaged JSON document as can be trusted: a file cut short by a crash or a
// full disk (or followed by NUL padding) still holds its complete entries. Containers are kept
// with the members read so far; a scalar cut in the middle (a half string or number) is dropped,
// so no truncated value is ever mistaken for a whole one. Only used after JSON.parse has failed.

export interface JsonPrefix {
  value: unknown;
  /** False when the text stopped early or went on past the value: something was lost. */
  complete: boolean;
}

const INCOMPLETE = Symbol('incomplete');
type Parsed = unknown | typeof INCOMPLETE;
/** Deeper nesting is not something our files contain: stop rather than recurse without bound. */
const MAX_DEPTH = 32;
const SCALAR = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;

export function parseJsonPrefix(text: string): JsonPrefix | undefined {
  let at = 0;
  let stopped = false;

  const skipSpace = (): void => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  };
  const stop = (): typeof INCOMPLETE => {
    stopped = true;
    return INCOMPLETE;
  };

  function string(): Parsed {
    let end = at + 1;
    while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
    if (end >= text.length) return stop();
    try {
      const value: unknown = JSON.parse(text.slice(at, end + 1));
      at = end + 1;
      return value;
    } catch {
      return stop();
    }
  }

  function scalar(): Parsed {
    const match = SCALAR.exec(text.slice(at, at + 64));
    // A number that runs to the very end of the text may have lost digits.
    if (!match || at + match[0].length >= text.length) return stop();
    at += match[0].length;
    return JSON.parse(match[0]);
  }

  /** After a member: ',' means another follows, `close` ends the container, anything else is damage. */
  function another(close: string): boolean {
    skipSpace();
    if (text[at] === ',') {
      at++;
      return true;
    }
    if (text[at] === close) at++;
    else stop();
    return false;
  }

  function array(depth: number): unknown[] {
    at++;
    const out: unknown[] = [];
    skipSpace();
    if (text[at] === ']') {
      at++;
      return out;
    }
    for (;;) {
      const item = value(depth + 1);
      if (item !== INCOMPLETE) out.push(item);
      if (stopped || !another(']')) return out;
    }
  }

  function object(depth: number): Record<string, unknown> {
    at++;
    const out: Record<string, unknown> = {};
    skipSpace();
    if (text[at] === '}') {
      at++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[at] !== '"') return (stop(), out);
      const key = string();
      if (key === INCOMPLETE) return out;
      skipSpace();
      if (text[at] !== ':') return (stop(), out);
      at++;
      const member = value(depth + 1);
      // defineProperty: a "__proto__" member stays an ordinary key, as with JSON.parse.
      if (member !== INCOMPLETE) Object.defineProperty(out, String(key), { value: member, enumerable: true, writable: true, configurable: true });
      if (stopped || !another('}')) return out;
    }
  }

  function value(depth: number): Parsed {
    skipSpace();
    if (depth > MAX_DEPTH) return stop();
    const c = text[at];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    return scalar();
  }

  const result = value(0);
  if (result === INCOMPLETE) return undefined;
  skipSpace();
  return { value: result, complete: !stopped && at === text.length };
}
