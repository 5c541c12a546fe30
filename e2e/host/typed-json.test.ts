import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { encodeObjectPage } from '../../src-main/ipc/handlers/object-page';
import { listingUnderPrefix } from '../../src-main/testing/wire-page-arbitraries';
import { restoreTypedSource, TYPED_TAG, typedJson } from './typed-json';

/** What the page gets: the JSON text parsed and restored in another realm, as in chromium. */
function inPage(text: string): unknown {
  return runInNewContext(`(${restoreTypedSource})(JSON.parse(text))`, { text });
}

describe('typedJson / restoreTyped (the browser host bridge)', () => {
  it('delivers any listing page as structured clone does: typed columns typed, every value equal (fast-check, seeded)', () => {
    fc.assert(
      fc.property(listingUnderPrefix, fc.constantFrom('oss' as const, 'bos' as const), ({ prefix, page }, provider) => {
        const answer = { ok: true, value: encodeObjectPage(provider, prefix, page) };
        const got = inPage(typedJson(answer)) as typeof answer;
        const cloned = structuredClone(answer);
        for (const column of ['nameEnds', 'kinds', 'sizes', 'times', 'classes'] as const) {
          expect(Object.prototype.toString.call(got.value[column])).toBe(Object.prototype.toString.call(cloned.value[column]));
          expect(Array.from(got.value[column])).toEqual(Array.from(cloned.value[column]));
        }
        expect({ ...got.value, nameEnds: 0, kinds: 0, sizes: 0, times: 0, classes: 0 }).toEqual({ ...cloned.value, nameEnds: 0, kinds: 0, sizes: 0, times: 0, classes: 0 });
      }),
      { seed: 0x7a9ed, numRuns: 300 },
    );
  });

  it('restores typed arrays anywhere in an answer (events and nested results) and sends a Buffer as a Uint8Array', () => {
    const got = inPage(typedJson({ a: [{ b: Float64Array.of(1.5, -0, 2 ** 53) }], c: Buffer.from([1, 2]), d: 'x' })) as { a: [{ b: Float64Array }]; c: Uint8Array; d: string };
    expect(Object.prototype.toString.call(got.a[0].b)).toBe('[object Float64Array]');
    expect(Array.from(got.a[0].b)).toEqual([1.5, 0, 2 ** 53]);
    expect(Object.prototype.toString.call(got.c)).toBe('[object Uint8Array]');
    expect(Array.from(got.c)).toEqual([1, 2]);
    expect(got.d).toBe('x');
  });

  it('refuses what it could not give back as sent: an object already carrying the tag, a DataView, a malformed tag', () => {
    expect(() => typedJson({ meta: { [TYPED_TAG]: 'Float64Array', values: [1] } })).toThrow(TypeError);
    expect(() => typedJson(new DataView(new ArrayBuffer(2)))).toThrow(TypeError);
    expect(() => inPage(JSON.stringify({ [TYPED_TAG]: 'Function', values: [] }))).toThrow('malformed');
  });

  it('does not let a "__proto__" key of an answer change the object it sits in', () => {
    const text = JSON.stringify({ k: { [TYPED_TAG]: 'Uint8Array', values: [7] } }).replace('"k"', '"__proto__"');
    const verdict = runInNewContext(`const got = (${restoreTypedSource})(JSON.parse(text)); [Object.getPrototypeOf(got) === Object.prototype, Object.prototype.toString.call(Object.getOwnPropertyDescriptor(got, '__proto__').value)]`, { text });
    expect(verdict).toEqual([true, '[object Uint8Array]']);
  });
});
