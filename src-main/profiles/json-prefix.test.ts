import { describe, expect, it } from 'vitest';
import { parseJsonPrefix } from './json-prefix';

const doc = { version: 1, profiles: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }] };
const text = JSON.stringify(doc, null, 2);

describe('parseJsonPrefix()', () => {
  it('returns a complete document as complete', () => {
    expect(parseJsonPrefix(text)).toEqual({ value: doc, complete: true });
  });

  it('keeps the entries that were whole at every cut of a truncated file, never a half value', () => {
    for (let cut = 1; cut < text.length; cut++) {
      const got = parseJsonPrefix(text.slice(0, cut));
      if (got === undefined) continue;
      expect(got.complete).toBe(false);
      const profiles = (got.value as { profiles?: { id?: string; name?: string }[] }).profiles ?? [];
      for (const p of profiles) {
        // A member present is a whole member of the original.
        if (p.id !== undefined) expect(['a', 'b', 'c']).toContain(p.id);
        if (p.name !== undefined) expect(['A', 'B', 'C']).toContain(p.name);
      }
    }
    const cutInThird = text.indexOf('"c"') + 1;
    expect(parseJsonPrefix(text.slice(0, cutInThird))?.value).toEqual({ version: 1, profiles: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, {}] });
  });

  it('reads a document followed by NUL padding, flagged as incomplete', () => {
    expect(parseJsonPrefix(`${text}\u0000\u0000\u0000`)).toEqual({ value: doc, complete: false });
  });

  it('gives nothing for empty, NUL-only or non-JSON text', () => {
    for (const bad of ['', '\u0000'.repeat(64), 'garbage', '   ']) expect(parseJsonPrefix(bad)).toBeUndefined();
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    expect(() => parseJsonPrefix('['.repeat(100_000))).not.toThrow();
  });

  it('keeps a "__proto__" member as a plain key', () => {
    const got = parseJsonPrefix('{"__proto__": {"polluted": true}, "x": 1') as { value: Record<string, unknown> };
    expect(Object.getPrototypeOf(got.value)).toBe(Object.prototype);
    expect(Object.keys(got.value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
