// Integrity headers both services check or return: Content-MD5 (both), OSS's CRC-64 in
// x-oss-hash-crc64ecma on every object answer, BOS's x-bce-content-crc32 on put and parts.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { badRequest } from '../errors';
import { crc64Of } from './crc64';

export const OSS_CRC64_HEADER = 'x-oss-hash-crc64ecma';
export const BOS_CRC32_HEADER = 'x-bce-content-crc32';

/**
 * Content-MD5 (base64 of 16 bytes) must match the body when sent. Alibaba's error catalogue
 * separates the two cases: 0017-00000502 "Content-MD5 is not valid" (InvalidDigest) and
 * 0017-00000503 "Content-MD5 does not match" (BadDigest); https://help.aliyun.com/zh/oss/user-guide/0017-00000503.
 * BOS answers a mismatch with BadDigest as well (BOS error codes: "BadDigest 400 Content-MD5 mismatch").
 */
export function checkContentMd5(header: string | undefined, body: Buffer): void {
  if (header === undefined) return;
  const given = header.trim();
  if (Buffer.from(given, 'base64').length !== 16) throw badRequest('InvalidDigest', 'The Content-MD5 you specified is not valid.');
  const actual = crypto.createHash('md5').update(body).digest('base64');
  if (given !== actual) throw badRequest('BadDigest', 'The Content-MD5 you specified did not match what we received.');
}

/** OSS: the CRC-64 of the object's (or part's) bytes on every answer that carries them. */
export function ossCrcHeaders(body: Buffer): Record<string, string> {
  return { [OSS_CRC64_HEADER]: crc64Of(body) };
}

/** BOS: a sent x-bce-content-crc32 (decimal CRC-32) must match; the answer echoes the computed value. */
export function checkBosCrc32(header: string | undefined, body: Buffer): Record<string, string> {
  const actual = String(zlib.crc32(body) >>> 0);
  if (header !== undefined && header.trim() !== actual) {
    throw badRequest('BadDigest', 'The x-bce-content-crc32 you specified did not match what we received.');
  }
  return header === undefined ? {} : { [BOS_CRC32_HEADER]: actual };
}
