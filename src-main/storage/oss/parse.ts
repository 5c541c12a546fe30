// OSS XML bodies parsed with saxes, as a stream (chunks as they arrive) or from a string.
// Keys arrive URL-encoded when the response says <EncodingType>url</EncodingType>; they are
// decoded once the document is complete (EncodingType may come after the entries).
import { tryUriDecode } from '../encoding';
import { type BucketInfo, type DeleteManyResult, type ObjectRow } from '../types';
import { CONTENTS_OPEN, readContentsRun } from './contents-reader';
import { XmlStream, XmlSyntaxError, type XmlHandler } from './xml';
import { SLOW_CHARS } from './xml-fast-path';
import { newObjectRow, setRowField, stripQuotes } from './row-fields';

export interface OssListResult {
  folders: ObjectRow[];
  objects: ObjectRow[];
  isTruncated: boolean;
  /** Decoded continuation token ('' when none). */
  nextContinuationToken: string;
}

export interface StreamingParser<T> {
  write(chunk: string): void;
  /** Ends the document and returns the result; throws XmlSyntaxError on malformed input. */
  close(): T;
}

function decode(value: string, what: string): string {
  const out = tryUriDecode(value);
  if (out === undefined) throw new XmlSyntaxError(`malformed URL-encoding in ${what}`);
  return out;
}

export function expectRoot(actual: string, wanted: string): void {
  if (actual !== wanted) throw new XmlSyntaxError(`expected <${wanted}>, got ${actual ? `<${actual}>` : 'no root element'}`);
}

function folderRow(key: string): ObjectRow {
  return { kind: 'folder', key, size: 0, lastModified: '', etag: '', storageClass: '' };
}

/** The rows of `text` read by readContentsRun straight into `rows`, then the rest (envelope,
 * folders, any entry it does not take) by `xml`, up to the next `<Contents>`. */
function writeListing(xml: XmlStream, text: string, rows: ObjectRow[], afterRow: () => void): void {
  // Characters the fast path refuses anywhere in its text: XmlStream hands the chunk to saxes.
  if (!xml.fastPath || SLOW_CHARS.test(text) || text.includes(']]>')) return xml.write(text);
  let at = 0;
  while (at < text.length) {
    if (!xml.fastPath) return xml.write(text.slice(at));
    if (xml.betweenChildrenOf('ListBucketResult') && text.startsWith(CONTENTS_OPEN, at)) {
      const from = at;
      xml.passOver(() => {
        at = readContentsRun(text, from, rows, afterRow);
        return text.slice(from, at);
      });
      if (at > from) continue;
    }
    const next = text.indexOf(CONTENTS_OPEN, at + 1);
    const upto = next < 0 ? text.length : next;
    xml.write(at === 0 && upto === text.length ? text : text.slice(at, upto));
    at = upto;
  }
}

/** ListObjectsV2 (`list-type=2`) result. `onNextToken` hears the continuation token as soon as
 * it is parsed (OSS sends it before the entries), when its encoding is already known. More than
 * `maxRows` entries (objects plus folders: OSS counts both against max-keys) is a malformed page. */
export function createListObjectsV2Parser(onNextToken?: (token: string) => void, maxRows = Infinity, options: { reference?: boolean } = {}): StreamingParser<OssListResult> {
  const result: OssListResult = { folders: [], objects: [], isTruncated: false, nextContinuationToken: '' };
  let root = '';
  let encodingType = '';
  let row: ObjectRow | undefined;
  const checkRows = (): void => {
    if (result.objects.length + result.folders.length > maxRows) throw new XmlSyntaxError(`more than the ${maxRows} entries asked for (max-keys)`);
  };
  const handler: XmlHandler = {
    onOpen: (name) => {
      root ||= name;
      if (name === 'Contents') {
        row = newObjectRow();
      }
    },
    onClose: (name, parent, text) => {
      if (parent === 'Contents' && row) setRowField(row, name, text);
      else if (name === 'Contents' && row) {
        result.objects.push(row);
        row = undefined;
        checkRows();
      } else if (parent === 'CommonPrefixes' && name === 'Prefix') {
        result.folders.push(folderRow(text));
        checkRows();
      } else if (parent === 'ListBucketResult') {
        if (name === 'IsTruncated') result.isTruncated = text.trim().toLowerCase() === 'true';
        else if (name === 'NextContinuationToken') {
          result.nextContinuationToken = text;
          const early = encodingType === 'url' ? tryUriDecode(text) : undefined;
          if (early && onNextToken) onNextToken(early);
        }
        else if (name === 'EncodingType') encodingType = text.trim().toLowerCase();
      }
    },
  };
  // `reference`: saxes alone, no row reader (what the differential tests compare against).
  const xml = new XmlStream(handler, { fastPath: !options.reference });
  return {
    write: (chunk) => (options.reference ? xml.write(chunk) : writeListing(xml, chunk, result.objects, checkRows)),
    close: () => {
      xml.close();
      expectRoot(root, 'ListBucketResult');
      if (encodingType === 'url') {
        for (const r of result.objects) r.key = decode(r.key, 'Key');
        for (const r of result.folders) r.key = decode(r.key, 'Prefix');
        result.nextContinuationToken = decode(result.nextContinuationToken, 'NextContinuationToken');
      }
      if (result.isTruncated && !result.nextContinuationToken) throw new XmlSyntaxError('IsTruncated without NextContinuationToken');
      return result;
    },
  };
}

export function parseListObjectsV2(xml: string): OssListResult {
  const parser = createListObjectsV2Parser();
  parser.write(xml);
  return parser.close();
}

export interface OssBucketsResult {
  buckets: BucketInfo[];
  isTruncated: boolean;
  nextMarker: string;
}

/** ListBuckets (GetService) result. Region comes from <Region>, else <Location> without `oss-`. */
export function parseListBuckets(xml: string): OssBucketsResult {
  const result: OssBucketsResult = { buckets: [], isTruncated: false, nextMarker: '' };
  let root = '';
  let bucket: BucketInfo & { location: string } = { name: '', region: '', creationDate: '', storageClass: '', location: '' };
  const stream = new XmlStream({
    onOpen: (name) => {
      root ||= name;
      if (name === 'Bucket') bucket = { name: '', region: '', creationDate: '', storageClass: '', location: '' };
    },
    onClose: (name, parent, text) => {
      if (parent === 'Bucket') {
        if (name === 'Name') bucket.name = text.trim();
        else if (name === 'CreationDate') bucket.creationDate = text.trim();
        else if (name === 'Region') bucket.region = text.trim();
        else if (name === 'Location') bucket.location = text.trim();
        else if (name === 'StorageClass') bucket.storageClass = text.trim().toUpperCase();
      } else if (name === 'Bucket' && parent === 'Buckets') {
        const { location, ...info } = bucket;
        if (!info.name) throw new XmlSyntaxError('Bucket without Name');
        result.buckets.push({ ...info, region: info.region || location.replace(/^oss-/, '') });
      } else if (parent === 'ListAllMyBucketsResult') {
        if (name === 'IsTruncated') result.isTruncated = text.trim().toLowerCase() === 'true';
        else if (name === 'NextMarker') result.nextMarker = text.trim();
      }
    },
  });
  stream.write(xml);
  stream.close();
  expectRoot(root, 'ListAllMyBucketsResult');
  return result;
}

/** DeleteMultipleObjects result (quiet=false): <Deleted><Key/></Deleted>, and S3-style <Error> entries. */
export function parseDeleteResult(xml: string): DeleteManyResult {
  const result: DeleteManyResult = { deleted: [], failed: [] };
  let root = '';
  let encodingType = '';
  let failure = { key: '', code: '', message: '' };
  const stream = new XmlStream({
    onOpen: (name) => {
      root ||= name;
      if (name === 'Error') failure = { key: '', code: '', message: '' };
    },
    onClose: (name, parent, text) => {
      if (parent === 'Deleted' && name === 'Key') result.deleted.push(text);
      else if (parent === 'Error') {
        if (name === 'Key') failure.key = text;
        else if (name === 'Code') failure.code = text.trim();
        else if (name === 'Message') failure.message = text;
      } else if (name === 'Error' && parent === 'DeleteResult') result.failed.push(failure);
      else if (name === 'EncodingType' && parent === 'DeleteResult') encodingType = text.trim().toLowerCase();
    },
  });
  stream.write(xml);
  stream.close();
  expectRoot(root, 'DeleteResult');
  if (encodingType === 'url') {
    result.deleted = result.deleted.map((k) => decode(k, 'Key'));
    for (const f of result.failed) f.key = decode(f.key, 'Key');
  }
  return result;
}

/** The text of `<root><field>` in a small one-level answer (copy, part copy, initiate, complete). */
function rootField(xml: string, rootName: string, field: string): string {
  let root = '';
  let value = '';
  const stream = new XmlStream({
    onOpen: (name) => {
      root ||= name;
    },
    onClose: (name, parent, text) => {
      if (name === field && parent === rootName) value = text;
    },
  });
  stream.write(xml);
  stream.close();
  expectRoot(root, rootName);
  return value;
}

/** CopyObject result: the new ETag. */
export function parseCopyResult(xml: string): { etag: string } {
  return { etag: stripQuotes(rootField(xml, 'CopyObjectResult', 'ETag')) };
}

export const parseCopyPartResult = (xml: string): string => stripQuotes(rootField(xml, 'CopyPartResult', 'ETag'));
export const parseInitiateResult = (xml: string): string => rootField(xml, 'InitiateMultipartUploadResult', 'UploadId');
export const parseCompleteResult = (xml: string): { etag: string } => ({ etag: stripQuotes(rootField(xml, 'CompleteMultipartUploadResult', 'ETag')) });

/** GetObjectAcl: the canned ACL in AccessControlPolicy/AccessControlList/Grant (default, private, ...). */
export function parseObjectAcl(xml: string): string {
  let root = '';
  let grant = '';
  const stream = new XmlStream({
    onOpen: (name) => {
      root ||= name;
    },
    onClose: (name, parent, text) => {
      if (name === 'Grant' && parent === 'AccessControlList') grant = text;
    },
  });
  stream.write(xml);
  stream.close();
  expectRoot(root, 'AccessControlPolicy');
  return grant.trim();
}
