// The row reader must be invisible: for any listing text, cut into chunks anywhere, the parser
// with it gives the same result (or fails the same way) as saxes alone, and it must actually
// take the rows of an ordinary page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileXml } from '../../../emulator/test-hostile-bodies';
import { CONTENTS_OPEN, readContentsRun } from './contents-reader';
import { createListObjectsV2Parser, type OssListResult } from './parse';
import { writeInPieces } from './test-pieces';
import { type ObjectRow } from '../types';

type Outcome = { result: OssListResult } | { error: string };

function parse(xml: string, cuts: number[], reference: boolean): Outcome {
  const parser = createListObjectsV2Parser(undefined, 50, { reference });
  try {
    writeInPieces(xml, cuts, (piece) => parser.write(piece));
    return { result: parser.close() };
  } catch (e) {
    return { error: e instanceof Error ? e.name : String(e) };
  }
}

function expectSame(xml: string, cuts: number[]): void {
  expect(parse(xml, cuts, false), JSON.stringify(xml.slice(0, 400))).toEqual(parse(xml, [], true));
}

const text = fc.oneof(
  fc.constantFrom('', 'a%2Fb', '%E7%9B%AE%F0%9F%98%80', '2026-01-01T00:00:00.000Z', '&quot;AB12&quot;', '&amp;&lt;&gt;&apos;', '&#65;', '&bogus;', 'a&b', '42', '-1', 'x', 'Normal', 'Symlink', ' Symlink ', 'Standard', 'a>b', 'a\r\nb', '目录', '%zz'),
  // ETags around the reader's &quot;…&quot; shortcut, and keys at the service's limits.
  fc.constantFrom('&quot;&quot;', '&quot;', '&quot;&quot;&quot;', '&quot;a&quot;b&quot;', '&quot; x &quot;', '&quot;&amp;&quot;', '&quot;a"b&quot;', '"q"', ' &quot;A&quot;', '&quot;A&quot; ', '&quot;&#65;&quot;', '&quot;目&quot;', 'a+b%25%2B', 'k'.repeat(1024), '%E7%9B%AE'.repeat(114), '\t%09\u00a0'),
  fc.string({ maxLength: 6, unit: fc.constantFrom('a', '%', '2', 'F', '&', ';', '>', ' ', '\t', '\n') }),
);
const CHILD_NAMES = ['Key', 'LastModified', 'ETag', 'Type', 'Size', 'StorageClass'];
const ODD_CHILDREN = ['<Owner><ID>1</ID><DisplayName>1</DisplayName></Owner>', '<Key/>', '<Key a="1">k</Key>', '<Key >k</Key>', '<Key>k</Key >', '<Key>k</Kex>', '<Key>k</Size>', '<Size>1</Sizf>', '<Foo>1</Foo>', '<Keys>k</Keys>', '<!-- c -->', '<Key><![CDATA[x]]></Key>', '\n', '<Size>1', '</Contents>', '<Key>k</Key', '<Contents>', '<Key>&bad;</Key>', '<Key>&#65;</Key>', '<Key>a\rb</Key>'];
const child = fc.oneof({ weight: 12, arbitrary: fc.tuple(fc.constantFrom(...CHILD_NAMES), text).map(([n, t]) => `<${n}>${t}</${n}>`) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_CHILDREN) });
const entry = fc.oneof(
  { weight: 8, arbitrary: fc.array(child, { maxLength: 8 }).map((c) => `<Contents>${c.join('')}</Contents>`) },
  { weight: 1, arbitrary: text.map((t) => `<CommonPrefixes><Prefix>${t}</Prefix></CommonPrefixes>`) },
  { weight: 1, arbitrary: fc.constantFrom('<KeyCount>2</KeyCount>', '\n  ', '<Contents/>', '<Contents >', '<!-- between -->', 'stray') },
);
const listing = fc
  .tuple(fc.constantFrom('', '<EncodingType>url</EncodingType>'), fc.constantFrom('<IsTruncated>false</IsTruncated>', '<IsTruncated>true</IsTruncated><NextContinuationToken>t%2F</NextContinuationToken>'), fc.array(entry, { maxLength: 8 }), fc.constantFrom('</ListBucketResult>', '</ListBucketResult>\n', '', '</ListBucketResult><x/>'))
  .map(([enc, tail, entries, end]) => `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>b</Name><Prefix></Prefix>${enc}${tail}${entries.join('')}${end}`);

const plainRow = (i: number): string =>
  `<Contents><Key>big%2Fobj-${i}.bin</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>&quot;8461BF13CC499A24&quot;</ETag><Type>${i % 9 ? 'Normal' : 'Symlink'}</Type><Size>${i}</Size><StorageClass>Standard</StorageClass></Contents>`;
const plainPage = (rows: number): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>demo-oss</Name><Prefix>big%2F</Prefix><MaxKeys>1000</MaxKeys><Delimiter></Delimiter><EncodingType>url</EncodingType>' +
  `<IsTruncated>true</IsTruncated><NextContinuationToken>YmlnL29iai0wMDA2MDAwLmJpbg</NextContinuationToken><KeyCount>${rows}</KeyCount>${Array.from({ length: rows }, (_, i) => plainRow(i)).join('')}</ListBucketResult>`;

describe('ListObjectsV2 row reader', () => {
  it('takes every row of an ordinary page, and the page parses as saxes parses it', () => {
    const xml = plainPage(40);
    const rows: ObjectRow[] = [];
    let counted = 0;
    const at = xml.indexOf(CONTENTS_OPEN);
    expect(readContentsRun(xml, at, rows, () => counted++)).toBe(xml.indexOf('</ListBucketResult>'));
    expect(rows).toHaveLength(40);
    expect(counted).toBe(40);
    expect(rows[0]).toEqual({ kind: 'symlink', key: 'big%2Fobj-0.bin', size: 0, lastModified: '2026-01-01T00:00:00.000Z', etag: '8461BF13CC499A24', storageClass: 'STANDARD' });
    expect(rows[1]).toMatchObject({ kind: 'object', size: 1 });
    expectSame(xml, [100, 3000, 3001]);
  });

  it('stops before an entry it does not take and leaves it whole to XmlStream', () => {
    const odd = '<Contents><Key>k</Key><Owner><ID>1</ID></Owner></Contents>';
    const xml = plainRow(1) + odd + plainRow(2);
    const rows: ObjectRow[] = [];
    expect(readContentsRun(xml, 0, rows, () => {})).toBe(plainRow(1).length);
    expect(rows.map((r) => r.key)).toEqual(['big%2Fobj-1.bin']);
    expectSame(plainPage(2).replace('</ListBucketResult>', `${odd}${plainRow(3)}</ListBucketResult>`), [500]);
  });

  it.each(ODD_CHILDREN)('an ordinary page with %j inside one row: the same result as saxes', (odd) => {
    const xml = plainPage(3).replace('<Size>1</Size>', `<Size>1</Size>${odd}`);
    expect(xml).toContain(odd);
    expectSame(xml, []);
    expectSame(xml, [xml.indexOf(odd) + 2]);
  });

  it('gives each row its own time when rows share one, change to another of the same length, or differ only in spacing', () => {
    const a = '2026-01-01T00:00:00.000Z';
    const b = '2026-01-01T00:00:00.001Z';
    const times = [a, a, b, a, ` ${a}`, a, `${a} `, '', '', 'x', 'y', a];
    const xml = times.map((t, i) => plainRow(i).replace(`<LastModified>${a}</LastModified>`, `<LastModified>${t}</LastModified>`)).join('');
    const rows: ObjectRow[] = [];
    expect(readContentsRun(xml, 0, rows, () => {})).toBe(xml.length);
    expect(rows.map((r) => r.lastModified)).toEqual(times.map((t) => t.trim()));
    expectSame(plainPage(0).replace('</ListBucketResult>', `${xml}</ListBucketResult>`), [plainRow(0).length * 3 + 200]);
  });

  it('listing documents in and out of its subset, cut anywhere: the same result as saxes (fast-check, seeded)', () => {
    fc.assert(
      fc.property(listing, fc.array(fc.nat(), { maxLength: 5 }), (xml, cuts) => {
        expectSame(xml, cuts);
      }),
      { seed: 0x20c5, numRuns: 1500 },
    );
  });

  it('hostile and damaged documents, cut anywhere: the same verdict as saxes (fast-check, seeded)', () => {
    fc.assert(
      fc.property(hostileXml, fc.array(fc.nat(), { maxLength: 4 }), (xml, cuts) => {
        expectSame(xml, cuts);
      }),
      { seed: 0xbad6, numRuns: 400 },
    );
  });
});
