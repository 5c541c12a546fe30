// The decoder must give exactly the text one StringDecoder gives for the whole body, however the
// body is cut, and every piece but the last must end right after a '>' (or be empty).
import fc from 'fast-check';
import { StringDecoder } from 'node:string_decoder';
import { describe, expect, it } from 'vitest';
import { TagAlignedDecoder } from './tag-aligned-decoder';

function pieces(body: Buffer, cuts: number[]): string[] {
  const decoder = new TagAlignedDecoder();
  const out: string[] = [];
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (body.length + 1))].sort((a, b) => a - b)) {
    out.push(decoder.write(body.subarray(at, cut)));
    at = cut;
  }
  out.push(decoder.write(body.subarray(at)));
  out.push(decoder.end());
  return out;
}

const whole = (body: Buffer): string => {
  const d = new StringDecoder('utf8');
  return d.write(body) + d.end();
};

describe('TagAlignedDecoder', () => {
  it('any bytes, cut anywhere: the same text as one StringDecoder, pieces ending after ">" (fast-check, seeded)', () => {
    const text = fc.string({ unit: fc.constantFrom('<', '>', 'a', '/', '中', '😀', 'é', ' '), maxLength: 60 }).map((s) => Buffer.from(s, 'utf8'));
    const bytes = fc.oneof(text, fc.uint8Array({ maxLength: 60 }).map((a) => Buffer.from(a)));
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (body, cuts) => {
        const out = pieces(body, cuts);
        expect(out.join('')).toBe(whole(body));
        for (const piece of out.slice(0, -1)) expect(piece === '' || piece.endsWith('>')).toBe(true);
      }),
      { seed: 0x7a6, numRuns: 3000 },
    );
  });

  it('holds a multi-byte character cut in two until its tag ends', () => {
    const body = Buffer.from('<Key>中</Key><Size>1', 'utf8');
    const d = new TagAlignedDecoder();
    expect(d.write(body.subarray(0, 6))).toBe('<Key>');
    expect(d.write(body.subarray(6, 7))).toBe('');
    expect(d.write(body.subarray(7))).toBe('中</Key><Size>');
    expect(d.end()).toBe('1');
  });
});
