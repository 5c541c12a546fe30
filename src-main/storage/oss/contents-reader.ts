// The rows of a ListObjectsV2 page read straight from the text: a run of whole `<Contents>`
// entries made only of the leaf children OSS sends (`<Key>…</Key><LastModified>…` and so on),
// one search per child instead of the fast path's four per element, no name slices, no stack.
// It takes only what the fast path would take the same way (the caller checks the chunk for the
// characters the fast path refuses); at anything else it stops, and the entry goes to XmlStream.
import { decodeEntities } from './xml-fast-path';

/** The children of a row in OSS's answers; any other (Owner, RestoreInfo, ...) ends the run. */
const CHILDREN = ['Key', 'LastModified', 'ETag', 'Type', 'Size', 'StorageClass'] as const;
export const CONTENTS_OPEN = '<Contents>';
const CONTENTS_CLOSE = '</Contents>';

/** `word` at `at` in `text`: on these short words a charCodeAt loop is several times cheaper than startsWith. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The child named at `at` (just after its '<'), followed by '>'; undefined for any other tag. */
function childAt(text: string, at: number): string | undefined {
  for (const name of CHILDREN) {
    if (text.charCodeAt(at) === name.charCodeAt(0) && text.charCodeAt(at + name.length) === 62 /* > */ && wordAt(text, at, name)) return name;
  }
  return undefined;
}

/**
 * Reads whole `<Contents>` entries from `at` on. For each it appends to `out` the marker
 * CONTENTS_OPEN, then each child's name and text (entities decoded). Returns where the last whole
 * entry ended (`at` when none did); what follows it is not the run's.
 */
export function readContentsRun(text: string, at: number, out: string[]): number {
  let end = at;
  let p = at;
  /** The next '&' at or after p (-1: none): one search per entity, not per child. */
  let amp = text.indexOf('&', at);
  for (;;) {
    if (!wordAt(text, p, CONTENTS_OPEN)) return end;
    const mark = out.length;
    out.push(CONTENTS_OPEN);
    p += CONTENTS_OPEN.length;
    for (;;) {
      if (text.charCodeAt(p) !== 60 /* < */) return abandon(out, mark, end);
      if (text.charCodeAt(p + 1) === 47 /* / */) {
        if (!wordAt(text, p, CONTENTS_CLOSE)) return abandon(out, mark, end);
        break;
      }
      const name = childAt(text, p + 1);
      if (name === undefined) return abandon(out, mark, end);
      const from = p + name.length + 2;
      const to = text.indexOf('<', from);
      // The end tag right after the text, exactly `</Name>`.
      if (to < 0 || text.charCodeAt(to + 1) !== 47 || text.charCodeAt(to + 2 + name.length) !== 62 || !wordAt(text, to + 2, name)) return abandon(out, mark, end);
      let value = text.slice(from, to);
      if (amp >= 0 && amp < to) {
        // Tag names hold no '&', so it is in this text.
        const decoded = decodeEntities(value, amp - from);
        if (decoded === undefined) return abandon(out, mark, end);
        value = decoded;
        amp = text.indexOf('&', to);
      }
      out.push(name, value);
      p = to + name.length + 3;
    }
    p += CONTENTS_CLOSE.length;
    end = p;
  }
}

function abandon(out: string[], mark: number, end: number): number {
  out.length = mark;
  return end;
}
