import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQueryString, tryUriDecode, uriEncode, uriEncodePath, utf8ByteLength } from './encoding';

const EDGE_KEYS = ['a b', 'a+b', '100%', 'what?', 'x#y', 'til~de', '目录/文件.txt', '😀 emoji', 'dir/', 'é'.repeat(512), 'a/./b/../c'];

describe('percent-encoding', () => {
  it('keeps only unreserved characters (and / in paths)', () => {
    expect(uriEncode('a b+c%d?e#f~g/h')).toBe('a%20b%2Bc%25d%3Fe%23f~g%2Fh');
    expect(uriEncodePath('a b+c%d?e#f~g/h')).toBe('a%20b%2Bc%25d%3Fe%23f~g/h');
    expect(uriEncode("!'()*")).toBe('%21%27%28%29%2A');
    expect(uriEncodePath('😀')).toBe('%F0%9F%98%80');
  });

  it.each(EDGE_KEYS)('round-trips %j', (key) => {
    expect(tryUriDecode(uriEncodePath(key))).toBe(key);
    expect(tryUriDecode(uriEncode(key))).toBe(key);
  });

  it('keeps + as + when decoding and reports malformed input as undefined', () => {
    expect(tryUriDecode('a+b%20c')).toBe('a+b c');
    expect(tryUriDecode('100%')).toBeUndefined();
    expect(tryUriDecode('%E6%B5')).toBeUndefined();
    expect(tryUriDecode('%ZZ')).toBeUndefined();
  });

  it('decodes exactly as decodeURIComponent does, malformed input as undefined (fast-check, seeded)', () => {
    const reference = (v: string): string | undefined => {
      try {
        return decodeURIComponent(v);
      } catch {
        return undefined;
      }
    };
    const escape = fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`);
    const piece = fc.oneof(escape, escape.map((e) => e.toUpperCase()), fc.constantFrom('%', '%2', '%G0', '%0g', 'a', '/', '+', ' ', '中', '😀', '\ud800'), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const value = parts.join('');
      expect(tryUriDecode(value)).toBe(reference(value));
    }), { seed: 0xdec0de, numRuns: 4000 });
    expect(tryUriDecode('big%2Fobj%2d1.bin')).toBe('big/obj-1.bin');
    expect(tryUriDecode('a%2F%E4%B8%AD')).toBe('a/中');
  });

  it('builds a sorted query with bare keys for empty values', () => {
    expect(buildQueryString({ symlink: '', b: '2', 'a b': 'x/y' })).toBe('a%20b=x%2Fy&b=2&symlink');
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8ByteLength('é'.repeat(512))).toBe(1024);
    expect(utf8ByteLength('😀')).toBe(4);
  });
});
