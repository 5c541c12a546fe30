// XML out through small escaping helpers; XML in (Delete, CompleteMultipartUpload) through saxes.
import { SaxesParser } from 'saxes';
import { badRequest } from '../errors';

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Text escaping as OSS answers it: `"` as &quot; (ETags in listings), `'` left as is (the Go SDK v2
 * mock's recorded InvalidTargetType body has "The symbolic's target file type is invalid"). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/;
const SPECIAL_ALL = /[&<>"]/g;
const escapeChar = (c: string): string => ESCAPES[c] as string;

export function xmlEscape(s: string): string {
  // Most values (url-encoded keys, dates, sizes) have nothing to escape: test before replacing.
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, escapeChar) : s;
}

/** `<name>escaped value</name>` */
export function el(name: string, value: string | number | boolean): string {
  return `<${name}>${xmlEscape(String(value))}</${name}>`;
}

export interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

const MAX_XML_BYTES = 4 * 1024 * 1024;
const MAX_XML_DEPTH = 32;

/** Parses a small request body into a tree; any syntax error is 400 MalformedXML. */
export function parseXml(body: Buffer): XmlNode {
  if (body.length > MAX_XML_BYTES) throw badRequest('MalformedXML', 'The XML you provided is too large.');
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', children: [], text: '' };
  const stack: XmlNode[] = [root];
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    // Request bodies nest three levels deep; tens of thousands of unclosed tags would cost seconds
    // of CPU (one saxes error each at close), so stop at once, as the service refuses them.
    if (stack.length > MAX_XML_DEPTH) throw new Error('too deeply nested');
    const node: XmlNode = { name: tag.name, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  try {
    parser.write(body.toString('utf8')).close();
  } catch (e) {
    failure ??= e as Error;
  }
  const top = root.children[0];
  if (failure || !top) throw badRequest('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
  return top;
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function childText(node: XmlNode, name: string): string | undefined {
  return node.children.find((c) => c.name === name)?.text;
}
