// OSS error answers: XML body, or (HEAD, no body) the base64 XML of the `x-oss-err` header.
import { StorageError, codeForStatus, invalidResponse } from '../errors';
import { type ErrorResponse } from '../http';
import { XmlSyntaxError, parseXml } from './xml';

interface OssErrorFields {
  code: string;
  message: string;
  requestId: string;
  ec: string;
}

/** Parses `<Error><Code/><Message/><RequestId/>...</Error>`; throws XmlSyntaxError on anything else. */
export function parseOssErrorXml(xml: string): OssErrorFields {
  const fields: OssErrorFields = { code: '', message: '', requestId: '', ec: '' };
  let root = '';
  parseXml(xml, {
    onOpen: (name) => {
      root ||= name;
    },
    onClose: (name, parent, text) => {
      if (parent !== 'Error') return;
      if (name === 'Code') fields.code = text.trim();
      else if (name === 'Message') fields.message = text;
      else if (name === 'RequestId') fields.requestId = text.trim();
      else if (name === 'EC') fields.ec = text.trim();
    },
  });
  if (root !== 'Error' || !fields.code) throw new XmlSyntaxError(`expected <Error> with a <Code>, got <${root}>`);
  return fields;
}

function decodeErrHeader(value: string): string {
  const xml = Buffer.from(value, 'base64').toString('utf8');
  if (!xml.trim().startsWith('<')) throw new XmlSyntaxError('x-oss-err is not base64 XML');
  return xml;
}

/** An EC as OSS writes them (0026-00000011); anything else a server sends there is dropped. */
const ecOf = (value: string | undefined): string => (/^\d{4}-\d{8}$/.test(value?.trim() ?? '') ? value!.trim() : '');

export function parseOssError(res: ErrorResponse): StorageError {
  const headerRequestId = res.headers['x-oss-request-id'] ?? '';
  const headerEc = ecOf(res.headers['x-oss-ec']);
  const source = res.body.length > 0 ? 'body' : res.headers['x-oss-err'] ? 'x-oss-err header' : '';
  if (!source) {
    const ec = headerEc ? ` (EC ${headerEc})` : '';
    return new StorageError({ code: codeForStatus(res.status), status: res.status, requestId: headerRequestId, provider: 'oss', message: `HTTP ${res.status}${ec}`, ec: headerEc });
  }
  try {
    const xml = source === 'body' ? res.body.toString('utf8') : decodeErrHeader(res.headers['x-oss-err'] ?? '');
    const f = parseOssErrorXml(xml);
    return new StorageError({ code: f.code, status: res.status, requestId: f.requestId || headerRequestId, provider: 'oss', message: f.message || f.code, ec: ecOf(f.ec) || headerEc });
  } catch (e) {
    return invalidResponse('oss', `HTTP ${res.status} with an unreadable error ${source}`, { status: res.status, requestId: headerRequestId, cause: e });
  }
}
