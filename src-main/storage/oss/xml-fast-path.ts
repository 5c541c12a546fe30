// The fast path of XmlStream: service answers are plain element trees (no attributes, comments,
// CDATA, DTD), which indexOf over the chunk reads several times faster than saxes' per-character
// state machine. It reports exactly the events saxes would for the same text, and stops at the
// first construct outside that subset (or anything malformed): XmlStream then hands the document
// over to saxes at that point, so saxes stays the one judge of what is well-formed.

export interface ElementEvents {
  open(name: string): void;
  /** `parent` is '' for the root; `text` is the element's own text since its last child (entities decoded). */
  close(name: string, parent: string, text: string): void;
}

/** Characters XML forbids or saxes rewrites (\r: line-end normalisation) and surrogates; `]]>` apart. */
// eslint-disable-next-line no-control-regex
export const SLOW_CHARS = /[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]/;
const BLANK = /^[ \t\n]*$/;
/** Unfinished text or tag carried to the next chunk at most (keys are 1 KB, 3 KB encoded). */
const PENDING_LIMIT = 64 * 1024;
const ENTITIES: ReadonlyArray<readonly [string, string]> = [['quot;', '"'], ['amp;', '&'], ['lt;', '<'], ['gt;', '>'], ['apos;', "'"]];
const DECLARATIONS = ['<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?>'];

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** [A-Za-z_][A-Za-z0-9_.-]*: plain ASCII names (no namespace prefix); a loop beats a regex on 7,000 short tags a page. */
function validName(buf: string, from: number, to: number): boolean {
  if (from >= to || !isLetter(buf.charCodeAt(from))) return false;
  for (let i = from + 1; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 46)) return false;
  }
  return true;
}

/** The five predefined entities only; undefined for anything else (character references too). */
export function decodeEntities(text: string, firstAmp: number): string | undefined {
  let out = '';
  let from = 0;
  for (let amp = firstAmp; amp >= 0; amp = text.indexOf('&', from)) {
    const entity = ENTITIES.find(([name]) => text.startsWith(name, amp + 1));
    if (!entity) return undefined;
    out += text.slice(from, amp) + entity[1];
    from = amp + 1 + entity[0].length;
  }
  return out + text.slice(from);
}

export class XmlFastPath {
  /** Names of the open elements, root first. */
  readonly stack: string[] = [];
  /** Characters of the document fully read (the events for them are out). */
  consumed = 0;
  private pending = '';
  private phase: 'prolog' | 'root' | 'epilog' = 'prolog';

  constructor(private readonly events: ElementEvents) {}

  /** Reads what it can; false when the document leaves the subset at `consumed` (nothing past it was reported). */
  write(chunk: string): boolean {
    const buf = this.pending + chunk;
    if (SLOW_CHARS.test(buf) || buf.includes(']]>')) return this.stop(0);
    let i = 0;
    /** The next `&` at or after `i` (-1: none): found once per entity, not once per tag. */
    let amp = buf.indexOf('&');
    for (;;) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) break;
      const gt = buf.indexOf('>', lt + 1);
      if (gt < 0) break;
      let text = '';
      if (this.phase !== 'root') {
        if (lt > i && !BLANK.test(buf.slice(i, lt))) return this.stop(i);
      } else if (amp >= 0 && amp < lt) {
        const decoded = decodeEntities(buf.slice(i, lt), amp - i);
        if (decoded === undefined) return this.stop(i);
        text = decoded;
        amp = buf.indexOf('&', lt);
      } else if (lt > i) text = buf.slice(i, lt);
      const kind = buf.charCodeAt(lt + 1);
      if (kind === 47 /* / */) {
        const name = this.stack[this.stack.length - 1];
        if (this.phase !== 'root' || name === undefined || gt - lt - 2 !== name.length || !buf.startsWith(name, lt + 2)) return this.stop(i);
        this.stack.pop();
        if (this.stack.length === 0) this.phase = 'epilog';
        this.events.close(name, this.stack[this.stack.length - 1] ?? '', text);
      } else if (kind === 63 /* ? */) {
        // Only the usual declaration, and only as the document's very first characters.
        if (this.consumed + lt !== 0 || !DECLARATIONS.includes(buf.slice(lt, gt + 1))) return this.stop(i);
      } else {
        const selfClosing = buf.charCodeAt(gt - 1) === 47;
        const end = selfClosing ? gt - 1 : gt;
        if (this.phase === 'epilog' || !validName(buf, lt + 1, end)) return this.stop(i);
        const name = buf.slice(lt + 1, end);
        this.phase = 'root';
        this.stack.push(name);
        this.events.open(name);
        if (selfClosing) {
          this.stack.pop();
          if (this.stack.length === 0) this.phase = 'epilog';
          this.events.close(name, this.stack[this.stack.length - 1] ?? '', '');
        }
      }
      i = gt + 1;
    }
    // A text or tag this long is no service answer's: saxes reads it without re-scanning it per chunk.
    if (buf.length - i > PENDING_LIMIT) return this.stop(i);
    this.consumed += i;
    this.pending = buf.slice(i);
    return true;
  }

  /** True between two children of the root `name`, with nothing carried over: a caller may then
   * read whole elements itself and pass them over with `skip`. */
  betweenChildrenOf(name: string): boolean {
    return this.pending === '' && this.stack.length === 1 && this.stack[0] === name;
  }

  /** Counts text the caller read itself: whole, well-formed elements within the subset. */
  skip(length: number): void {
    this.consumed += length;
  }

  /** True when the document ended complete and well-formed within the subset. */
  finished(): boolean {
    return this.phase === 'epilog' && BLANK.test(this.pending);
  }

  private stop(at: number): false {
    this.consumed += at;
    return false;
  }
}
