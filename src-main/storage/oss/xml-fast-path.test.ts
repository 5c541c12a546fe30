// The fast path must be invisible: for any text, cut into chunks anywhere, XmlStream reports the
// same events and the same verdict as saxes alone (XmlStream with fastPath: false).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileXml } from '../../../emulator/test-hostile-bodies';
import { listObjectsV2PageXml } from '../../../bench/fixtures';
import { XmlStream, type XmlStreamOptions } from './xml';
import { XmlFastPath } from './xml-fast-path';
import { writeInPieces } from './test-pieces';

type Outcome = { events: string[]; error?: string };

function run(xml: string, cuts: number[], options: XmlStreamOptions): Outcome {
  const events: string[] = [];
  const stream = new XmlStream({ onOpen: (name) => events.push(`<${name}`), onClose: (name, parent, text) => events.push(`${name}/${parent}=${JSON.stringify(text)}`) }, options);
  try {
    writeInPieces(xml, cuts, (piece) => stream.write(piece));
    stream.close();
    return { events };
  } catch (e) {
    return { events, error: e instanceof Error ? e.name : String(e) };
  }
}

function expectSame(xml: string, cuts: number[]): void {
  const reference = run(xml, [], { fastPath: false });
  expect(run(xml, cuts, {}), JSON.stringify(xml.slice(0, 300))).toEqual(reference);
}

/** Well-formed documents in and just outside the fast path's subset. */
const wellFormed = fc
  .array(
    fc.constantFrom(
      '<Key>a%2Fb</Key>', '<ETag>&quot;AB&quot;</ETag>', '<Delimiter/>', '<Size>42</Size>', '\n  ', '<Key>&amp;lt;&gt;&apos;</Key>',
      '<Key>&#x41;</Key>', '<!-- note -->', '<Key><![CDATA[a<b]]></Key>', '<Key a="1">x</Key>', '<Key>a\r\nb</Key>', '<x:Key>y</x:Key>',
      '<Contents><Key>k</Key><Owner><ID>1</ID></Owner></Contents>', '<Key >k</Key >', '<Key>目录 😀</Key>', 'text', '<?pi x?>', '<Key>a]]>b</Key>',
    ),
    { maxLength: 12 },
  )
  .chain((parts) => fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>\n', '', ' ', '<?xml version="1.0" standalone="yes"?>').map((decl) => `${decl}<ListBucketResult>${parts.join('')}</ListBucketResult>\n`));

describe('XmlStream fast path', () => {
  it('reads a real listing page without saxes, with the events saxes reports', () => {
    const xml = listObjectsV2PageXml(200);
    const fast = new XmlFastPath({ open: () => {}, close: () => {} });
    expect(fast.write(xml)).toBe(true);
    expect(fast.finished()).toBe(true);
    expectSame(xml, [1, 77, 4000, 4001, 9999]);
  });

  it('hands over to saxes mid-document: comments, CDATA, attributes, character references, \\r', () => {
    const before = '<ListBucketResult><Name>b</Name>';
    // Characters the fast path never reads (\r, `]]>`) send the whole chunk to saxes.
    const cases: [string, number][] = [['<!-- c -->', before.length], ['<Key a="1">x</Key>', before.length], ['<Key>&#65;</Key>', before.length + '<Key>'.length], ['<Key><![CDATA[x]]></Key>', 0], ['<Key>a\r\nb</Key>', 0]];
    for (const [odd, consumed] of cases) {
      const xml = `${before}${odd}<Size>1</Size></ListBucketResult>`;
      const fast = new XmlFastPath({ open: () => {}, close: () => {} });
      expect(fast.write(xml), odd).toBe(false);
      expect(fast.consumed, odd).toBe(consumed);
      expectSame(xml, [5, 40]);
    }
  });

  it('gives up on a text that never ends instead of re-reading it per chunk', () => {
    const fast = new XmlFastPath({ open: () => {}, close: () => {} });
    expect(fast.write('<ListBucketResult><Key>')).toBe(true);
    expect(fast.write('a'.repeat(40_000))).toBe(true);
    expect(fast.write('a'.repeat(40_000))).toBe(false);
    expect(fast.consumed).toBe('<ListBucketResult><Key>'.length);
  });

  it('well-formed documents, cut anywhere: same events as saxes (fast-check, seeded)', () => {
    fc.assert(fc.property(wellFormed, fc.array(fc.nat(), { maxLength: 4 }), (xml, cuts) => expectSame(xml, cuts)), { seed: 0xfa57, numRuns: 600 });
  });

  it('hostile and damaged documents, cut anywhere: same events and verdict as saxes (fast-check, seeded)', () => {
    fc.assert(fc.property(hostileXml, fc.array(fc.nat(), { maxLength: 4 }), (xml, cuts) => expectSame(xml, cuts)), { seed: 0xbad5, numRuns: 600 });
  });
});
