// Response bytes into UTF-8 text that ends just after a '>', so that the XML fast path is handed
// whole tags and keeps nothing over from one chunk to the next: its buffer is then the decoder's
// own flat string, not a concatenation V8 reads a third slower. Cutting after '>' (an ASCII byte,
// never inside a UTF-8 sequence) leaves the decoder nothing half-read, so the text is exactly
// what one StringDecoder over the whole body gives.
import { StringDecoder } from 'node:string_decoder';

const GT = 0x3e;

export class TagAlignedDecoder {
  private readonly decoder = new StringDecoder('utf8');
  /** Bytes after the last '>' seen, waiting for the next one. */
  private carry: Buffer[] = [];

  write(chunk: Buffer): string {
    const cut = chunk.lastIndexOf(GT);
    if (cut < 0) {
      this.carry.push(Buffer.from(chunk));
      return '';
    }
    const head = chunk.subarray(0, cut + 1);
    const text = this.decoder.write(this.carry.length > 0 ? Buffer.concat([...this.carry, head]) : head);
    // A copy: the rest of a tag is short, and the chunk's memory is not ours to keep.
    this.carry = cut + 1 < chunk.length ? [Buffer.from(chunk.subarray(cut + 1))] : [];
    return text;
  }

  end(): string {
    const rest = this.carry.length > 0 ? this.decoder.write(Buffer.concat(this.carry)) : '';
    this.carry = [];
    return rest + this.decoder.end();
  }
}
