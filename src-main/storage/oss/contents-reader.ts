// The rows of a ListObjectsV2 page read straight from the text into row objects: a run of whole
// `<Contents>` entries made only of the leaf children OSS sends (`<Key>…</Key><LastModified>…`
// and so on), one search per child, no events, no name slices, no stack. It takes only what the
// fast path would take the same way (the caller checks the chunk for the characters the fast
// path refuses); at anything else it stops, and that entry goes to XmlStream. The fields are set
// by the same rules (row-fields.ts) the XmlStream handler uses.
import { type ObjectRow } from '../types';
import { newObjectRow, setRowField } from './row-fields';
import { decodeEntities } from './xml-fast-path';

/** The children of a row in OSS's answers, in the order OSS sends them; any other (Owner,
 * RestoreInfo, ...) ends the run. */
const CHILDREN = ['Key', 'LastModified', 'ETag', 'Type', 'Size', 'StorageClass'] as const;
const LAST_MODIFIED = CHILDREN.indexOf('LastModified');
const ETAG = CHILDREN.indexOf('ETag');
export const CONTENTS_OPEN = '<Contents>';
const CONTENTS_CLOSE = '</Contents>';
const QUOT = '&quot;';

/** `word` at `at` in `text`: on these short words a charCodeAt loop is several times cheaper than startsWith. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The index in CHILDREN of the child named at `at` (just after its '<') and followed by '>',
 * trying `hint` (the child OSS sends next) first; -1 for any other tag. */
function childAt(text: string, at: number, hint: number): number {
  for (let n = 0; n < CHILDREN.length; n++) {
    const k = (hint + n) % CHILDREN.length;
    const name = CHILDREN[k] as string;
    if (text.charCodeAt(at) === name.charCodeAt(0) && text.charCodeAt(at + name.length) === 62 /* > */ && wordAt(text, at, name)) return k;
  }
  return -1;
}

/** The `length` characters of `text` at `a` and at `b` are the same. */
function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** `&quot;…&quot;` with no other entity: the text between (what decoding and stripping the quotes gives). */
function quotedValue(text: string, from: number, to: number, amp: number): string | undefined {
  if (amp !== from || to - from < 12 || !wordAt(text, from, QUOT) || !wordAt(text, to - 6, QUOT)) return undefined;
  const inner = text.indexOf('&', from + 6);
  return inner === to - 6 ? text.slice(from + 6, to - 6) : undefined;
}

/**
 * Reads whole `<Contents>` entries from `at` on, appending a row for each to `rows` (and calling
 * `afterRow` after each). Returns where the last whole entry ended (`at` when none did); what
 * follows it is not the run's. A field's rule may throw (a Size that is no number), as it would
 * in the XmlStream handler.
 */
export function readContentsRun(text: string, at: number, rows: ObjectRow[], afterRow: () => void): number {
  let end = at;
  let p = at;
  /** The next '&' at or after p (-1: none): one search per entity, not per child. */
  let amp = text.indexOf('&', at);
  /** The last LastModified read and where its text is: rows listed together mostly share their
   * time, and then share one string (a row's encoder compares it by reference, not by reading a
   * slice of this text, and no slice is made per row). */
  let sharedTimeFrom = 0;
  let sharedTimeTo = -1;
  let sharedTime = '';
  for (;;) {
    if (!wordAt(text, p, CONTENTS_OPEN)) return end;
    const row = newObjectRow();
    p += CONTENTS_OPEN.length;
    let hint = 0;
    for (;;) {
      if (text.charCodeAt(p) !== 60 /* < */) return end;
      if (text.charCodeAt(p + 1) === 47 /* / */) {
        if (!wordAt(text, p, CONTENTS_CLOSE)) return end;
        break;
      }
      const k = childAt(text, p + 1, hint);
      if (k < 0) return end;
      const name = CHILDREN[k] as string;
      const from = p + name.length + 2;
      const to = text.indexOf('<', from);
      // The end tag right after the text, exactly `</Name>`.
      if (to < 0 || text.charCodeAt(to + 1) !== 47 || text.charCodeAt(to + 2 + name.length) !== 62 || !wordAt(text, to + 2, name)) return end;
      if (amp >= 0 && amp < to) {
        // Tag names hold no '&', so it is in this text.
        if (k === ETAG) {
          const inner = quotedValue(text, from, to, amp);
          if (inner !== undefined) {
            row.etag = inner;
            amp = text.indexOf('&', to);
            p = to + name.length + 3;
            hint = k + 1;
            continue;
          }
        }
        const decoded = decodeEntities(text.slice(from, to), amp - from);
        if (decoded === undefined) return end;
        setRowField(row, name, decoded);
        amp = text.indexOf('&', to);
      } else if (k === LAST_MODIFIED && to - from === sharedTimeTo - sharedTimeFrom && sameText(text, from, sharedTimeFrom, to - from)) {
        row.lastModified = sharedTime;
      } else {
        setRowField(row, name, text.slice(from, to));
        if (k === LAST_MODIFIED) {
          sharedTimeFrom = from;
          sharedTimeTo = to;
          sharedTime = row.lastModified;
        }
      }
      p = to + name.length + 3;
      hint = k + 1;
    }
    p += CONTENTS_CLOSE.length;
    rows.push(row);
    afterRow();
    end = p;
  }
}
