// Object keys sort by UTF-8 bytes (as OSS/BOS list them), which equals Unicode code point
// order. JS `<` compares UTF-16 code units; the two differ only when a surrogate meets a
// code unit in U+E000..U+FFFF, so only that case is remapped.
const HIGH_UNIT = /[\ud800-\uffff]/;

export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  // Fast path: native comparison is already code point order unless both strings
  // contain a unit >= U+D800 (a test that is cheap for the usual ASCII/CJK keys).
  if (!HIGH_UNIT.test(a) || !HIGH_UNIT.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/**
 * The smallest string that sorts after every string starting with `prefix`, or undefined
 * when no such string is cheap to build (last code unit is a surrogate or U+FFFF).
 */
export function prefixSuccessor(prefix: string): string | undefined {
  const last = prefix.charCodeAt(prefix.length - 1);
  if (Number.isNaN(last) || last >= 0xd7ff) return undefined;
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}
