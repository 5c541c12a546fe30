// fast-check listings for the wire-page tests: hostile keys (any code point, astral, control
// characters, the folder's own marker, 1,024-byte keys), both services' row kinds and times.
import fc from 'fast-check';
import type { ListObjectsPage, ObjectRow, RowKind } from '../storage/types';

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });
/** Names below the prefix, '' being the folder's own marker object. */
export const hostileName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  controlChars,
  fc.constantFrom('', 'a\u0000b', '\t\n\r', '😀'.repeat(255) + 'xyzw', 'é'.repeat(510), 'a'.repeat(1020), '\u{10FFFF}', '\uFEFF', '%2F%00', '\\', '"'),
);
const time = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')),
  fc.constantFrom('', 'garbled', 'Wed, 02 Dec 2026 05:00:00 GMT'),
);
const storageClass = fc.oneof(fc.constantFrom('', 'STANDARD', 'IA', 'ARCHIVE', 'COLD', 'STANDARD_IA'), fc.string({ maxLength: 12 }));
const etag = fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9A-F]{32}$/), fc.string({ maxLength: 40 }));

function row(prefix: string, kind: RowKind): fc.Arbitrary<ObjectRow> {
  return fc.record({
    kind: fc.constant(kind),
    key: hostileName.map((name) => prefix + name + (kind === 'folder' ? '/' : '')),
    size: kind === 'folder' ? fc.constant(0) : fc.oneof(fc.nat(1 << 20), fc.maxSafeNat()),
    lastModified: kind === 'folder' ? fc.constant('') : time,
    etag: kind === 'folder' ? fc.constant('') : etag,
    storageClass: kind === 'folder' ? fc.constant('') : storageClass,
  });
}

/** A prefix (possibly hostile itself) and a listing page under it. */
export const listingUnderPrefix: fc.Arbitrary<{ prefix: string; page: ListObjectsPage }> = fc.oneof(fc.constant(''), hostileName.map((p) => p + '/')).chain((prefix) =>
  fc.record({
    prefix: fc.constant(prefix),
    page: fc.record(
      {
        folders: fc.array(row(prefix, 'folder'), { maxLength: 5 }),
        objects: fc.array(fc.oneof(row(prefix, 'object'), row(prefix, 'symlink')), { maxLength: 30 }),
        nextCursor: fc.string({ unit: 'binary', maxLength: 60 }),
      },
      { requiredKeys: ['folders', 'objects'] },
    ),
  }),
);
