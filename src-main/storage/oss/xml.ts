// A thin streaming layer over saxes: elements are reported as they close, with their parent's
// name and their own text. Any XML error becomes one XmlSyntaxError (never a raw saxes throw).
// Plain element trees (every service answer) are read by the fast path first; at the first
// construct it does not take (or anything malformed) the document goes on in saxes from there.
import { SaxesParser } from 'saxes';
import { XmlFastPath } from './xml-fast-path';

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

export interface XmlHandler {
  onOpen?(name: string): void;
  /** `text` is the element's own text (entities decoded); `parent` is '' for the root. */
  onClose(name: string, parent: string, text: string): void;
}

export interface XmlStreamOptions {
  /** False: saxes from the first character (the reference the fast path is tested against). */
  fastPath?: boolean;
}

export class XmlStream {
  private fast: XmlFastPath | undefined;
  /** What the fast path was given, for the hand-over to saxes. */
  private readonly fed: string[] = [];
  private parser: SaxesParser | undefined;
  private readonly stack: string[] = [];
  private text = '';
  /** While saxes re-reads what the fast path already reported: no events. */
  private muted = false;
  private failed: Error | undefined;

  constructor(
    private readonly handler: XmlHandler,
    options: XmlStreamOptions = {},
  ) {
    if (options.fastPath === false) this.parser = this.createSaxes();
    else this.fast = new XmlFastPath({ open: (name) => handler.onOpen?.(name), close: (name, parent, text) => handler.onClose(name, parent, text) });
  }

  write(chunk: string): void {
    this.guard(() => {
      if (!this.fast) return void this.parser?.write(chunk);
      this.fed.push(chunk);
      if (!this.fast.write(chunk)) this.handOver();
    });
  }

  /** False once saxes reads the document (from the start, or after a hand-over). */
  get fastPath(): boolean {
    return this.fast !== undefined;
  }

  /** True when `write` would go on in the fast path between two children of the root `root`. */
  betweenChildrenOf(root: string): boolean {
    return !this.failed && this.fast !== undefined && this.fast.betweenChildrenOf(root);
  }

  /** For text the caller reads itself in place of `write` (whole children of the root, by the fast
   * path's rules, their events replaced by the caller's own work): `read` returns the text it
   * took; its throws become errors as from `write`. */
  passOver(read: () => string): void {
    this.guard(() => {
      const fast = this.fast as XmlFastPath;
      const text = read();
      this.fed.push(text);
      fast.skip(text.length);
    });
  }

  close(): void {
    this.guard(() => {
      if (this.fast?.finished()) return;
      if (this.fast) this.handOver();
      this.parser?.close();
    });
  }

  /** saxes re-reads the part already reported (silently), then reads on from there. */
  private handOver(): void {
    const fast = this.fast as XmlFastPath;
    this.fast = undefined;
    const all = this.fed.join('');
    this.fed.length = 0;
    const parser = this.createSaxes();
    this.parser = parser;
    this.muted = true;
    parser.write(all.slice(0, fast.consumed));
    this.muted = false;
    parser.write(all.slice(fast.consumed));
  }

  private createSaxes(): SaxesParser {
    const parser = new SaxesParser({ position: false });
    parser.on('error', (e) => {
      throw e;
    });
    parser.on('opentag', (tag) => {
      this.stack.push(tag.name);
      this.text = '';
      if (!this.muted) this.handler.onOpen?.(tag.name);
    });
    parser.on('text', (t) => {
      this.text += t;
    });
    parser.on('cdata', (t) => {
      this.text += t;
    });
    parser.on('closetag', (tag) => {
      this.stack.pop();
      if (!this.muted) this.handler.onClose(tag.name, this.stack[this.stack.length - 1] ?? '', this.text);
      this.text = '';
    });
    return parser;
  }

  private guard(step: () => void): void {
    if (this.failed) throw this.failed;
    try {
      step();
    } catch (e) {
      // A handler may throw its own domain error (e.g. a bad number); keep its message.
      this.failed = new XmlSyntaxError(e instanceof Error ? e.message : String(e));
      throw this.failed;
    }
  }
}

/** Parse a whole document held in a string. */
export function parseXml(xml: string, handler: XmlHandler, options?: XmlStreamOptions): void {
  const stream = new XmlStream(handler, options);
  stream.write(xml);
  stream.close();
}
