// Test support: fast-check arbitraries for hostile XML and JSON bodies, shared by the fuzz tests
// of the app's OSS/BOS response parsers and of the emulator's request parsers. They mix the real
// vocabulary (so parsers get deep into their code paths) with what breaks parsers: control
// characters, lone surrogates, bad entities and percent-escapes, absurd numbers, DOCTYPE entity
// bombs, deep nesting, mismatched or unclosed tags, truncation at any point, __proto__ keys.
import fc from 'fast-check';

const TAGS = [
  'ListBucketResult', 'ListAllMyBucketsResult', 'Buckets', 'Bucket', 'Name', 'Contents', 'Key', 'Size', 'ETag', 'LastModified',
  'StorageClass', 'Type', 'IsTruncated', 'NextContinuationToken', 'ContinuationToken', 'EncodingType', 'CommonPrefixes', 'Prefix',
  'MaxKeys', 'KeyCount', 'Delimiter', 'Owner', 'DeleteResult', 'Deleted', 'Delete', 'Object', 'Quiet', 'CopyObjectResult',
  'CompleteMultipartUpload', 'Part', 'PartNumber', 'Error', 'Code', 'Message', 'RequestId', 'Region', 'Location', 'x',
];

const JSON_KEYS = [
  'contents', 'key', 'size', 'eTag', 'lastModified', 'storageClass', 'isTruncated', 'nextMarker', 'marker', 'maxKeys', 'prefix',
  'commonPrefixes', 'buckets', 'name', 'location', 'creationDate', 'errors', 'code', 'message', 'objects', 'parts', 'partNumber',
  'owner', 'id', 'requestId', '__proto__', 'constructor', '',
];

/** Text that parsers must survive: controls, surrogates, entities, escapes, numbers that overflow. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '', ' ', '\u0000', '\r\n', '\u001b[2J', '\ud800', '\udfff', '\ufeff', '\u2028', '%', '%ZZ', '%C3%28', '%00', '%ED%A0%80', 'a%2Fb',
    '&amp;', '&lt;', '&#0;', '&#xD;', '&#x110000;', '&#xD800;', '&bogus;', '&', '<', ']]>', '-1', '0', '1e309', 'NaN', 'Infinity',
    '99999999999999999999999', '0x10', 'true', 'false', 'null', 'Symlink', 'Normal', 'Archive',
  ),
);

interface XmlNode {
  tag: string;
  children: (XmlNode | string)[];
}

const xmlTree: fc.Arbitrary<XmlNode> = fc.letrec<{ node: XmlNode }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, hostileText, tie('node')), { maxLength: 6 }),
  }),
})).node;

function serialize(node: XmlNode | string): string {
  return typeof node === 'string' ? node : `<${node.tag}>${node.children.map(serialize).join('')}</${node.tag}>`;
}

const ENTITY_BOMB = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><ListBucketResult><Key>&d;</Key></ListBucketResult>';

/** Damages a well-formed document the ways real ones get damaged (cut, spliced, padded). */
function damaged(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    text,
    fc.tuple(text, fc.nat()).map(([t, cut]) => t.slice(0, t.length === 0 ? 0 : cut % t.length)),
    fc.tuple(text, text, fc.nat()).map(([a, b, at]) => a.slice(0, at % (a.length + 1)) + b),
    fc.tuple(text, fc.nat({ max: 64 })).map(([t, n]) => t + '\u0000'.repeat(n)),
  );
}

export const hostileXml: fc.Arbitrary<string> = damaged(
  fc.oneof(
    { weight: 6, arbitrary: xmlTree.map(serialize) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>\n', '\ufeff', '<!-- c -->', '<?pi x?>', '<!DOCTYPE x>'), xmlTree.map(serialize)).map(([head, body]) => head + body) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TAGS), hostileText).map(([tag, text]) => `<${tag} a="1" ${text}><![CDATA[${text}]]></${tag}>`) },
    { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((n) => '<Contents>'.repeat(n)) },
    { weight: 1, arbitrary: fc.constant(ENTITY_BOMB) },
  ),
);

const jsonTree: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    hostileText,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom(...JSON_KEYS), tie('value'), { maxKeys: 6 }),
  ),
})).value;

export const hostileJson: fc.Arbitrary<string> = damaged(
  fc.oneof(
    { weight: 6, arbitrary: jsonTree.map((v) => JSON.stringify(v) ?? 'undefined') },
    { weight: 2, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom('{"contents":[{"key":"a","size":1e400}]}', '{"__proto__":{"isTruncated":true}}', '{"contents":{"length":1e9}}', '\ufeff{}', '{"a":1,"a":2}') },
  ),
);
