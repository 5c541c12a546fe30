// The listing serialisers' cheap paths (test before replace, remembered dates) must answer exactly
// what the plain definitions answer, for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberLast } from './memo';
import { xmlEscape } from './oss/xml';
import { isoDate, ossEtag } from './oss/common';
import { isoSeconds } from './bos/common';
import { uriEncode } from './sign-util';

const plainXmlEscape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const plainUriEncode = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const keyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('a', '/', '&', '<', '>', '"', "'", '!', '(', ')', '*', '~', ' ', '%', '中', '😀') }));

describe('listing serialisation helpers', () => {
  it('xmlEscape and uriEncode equal their plain definitions (fast-check, seeded)', () => {
    fc.assert(
      fc.property(keyText, (s) => {
        expect(xmlEscape(s)).toBe(plainXmlEscape(s));
        expect(uriEncode(s)).toBe(plainUriEncode(s));
      }),
      { seed: 0x11575, numRuns: 2000 },
    );
    expect(uriEncode("a b/c!'()*~")).toBe('a%20b%2Fc%21%27%28%29%2A~');
    expect(xmlEscape('"a"&<b>\'')).toBe('&quot;a&quot;&amp;&lt;b&gt;\'');
  });

  it('remembered dates and etags change with their input, row after row', () => {
    const times = [0, 0, Date.UTC(2026, 0, 1, 2, 3, 4, 567), Date.UTC(2026, 0, 1, 2, 3, 4, 567), 1, 0];
    for (const t of times) {
      expect(isoDate(t)).toBe(new Date(t).toISOString());
      expect(isoSeconds(t)).toBe(new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    }
    for (const e of ['abc', 'abc', 'def', 'abc']) expect(ossEtag(e)).toBe(`"${e.toUpperCase()}"`);
    expect(() => isoDate(NaN)).toThrow(RangeError);
  });

  it('rememberLast calls the function again only for a different argument', () => {
    const calls: number[] = [];
    const double = rememberLast((n: number) => {
      calls.push(n);
      return n * 2;
    });
    expect([1, 1, 2, 2, 1].map(double)).toEqual([2, 2, 4, 4, 2]);
    expect(calls).toEqual([1, 2, 1]);
  });
});
