// A thin streaming layer over saxes: elements are reported as they close, with their parent's
// name and their own text. Any XML error becomes one XmlSyntaxError (never a raw saxes throw).
import { SaxesParser } from 'saxes';

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

export interface XmlHandler {
  onOpen?(name: string): void;
  /** `text` is the element's own text (entities decoded); `parent` is '' for the root. */
  onClose(name: string, parent: string, text: string): void;
}

export class XmlStream {
  private readonly parser = new SaxesParser({ position: false });
  private readonly stack: string[] = [];
  private text = '';
  private failed: Error | undefined;

  constructor(handler: XmlHandler) {
    this.parser.on('error', (e) => {
      throw e;
    });
    this.parser.on('opentag', (tag) => {
      this.stack.push(tag.name);
      this.text = '';
      handler.onOpen?.(tag.name);
    });
    this.parser.on('text', (t) => {
      this.text += t;
    });
    this.parser.on('cdata', (t) => {
      this.text += t;
    });
    this.parser.on('closetag', (tag) => {
      this.stack.pop();
      handler.onClose(tag.name, this.stack[this.stack.length - 1] ?? '', this.text);
      this.text = '';
    });
  }

  write(chunk: string): void {
    this.guard(() => this.parser.write(chunk));
  }

  close(): void {
    this.guard(() => this.parser.close());
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
export function parseXml(xml: string, handler: XmlHandler): void {
  const stream = new XmlStream(handler);
  stream.write(xml);
  stream.close();
}
