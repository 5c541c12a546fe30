// Integrity headers both services check or return: Content-MD5 (both), OSS's CRC-64 in
// x-oss-hash-crc64ecma on every object answer, BOS's x-bce-content-crc32 on put and parts and
// its x-bce-content-crc64ecma on object answers, put, parts and complete.
import { badRequest } from '../errors';

export const OSS_CRC64_HEADER = 'x-oss-hash-crc64ecma';
export const BOS_CRC32_HEADER = 'x-bce-content-crc32';
export const BOS_CRC64_HEADER = 'x-bce-content-crc64ecma';

/**
 * Content-MD5 (base64 of 16 bytes) must match the body when sent. Alibaba's error catalogue
 * separates the two cases: 0017-00000502 "Content-MD5 is not valid" (InvalidDigest) and
 * 0017-00000503 "Content-MD5 does not match" (BadDigest); https://help.aliyun.com/zh/oss/user-guide/0017-00000503.
 * BOS answers a mismatch with BadDigest as well (BOS error codes: "BadDigest 400 Content-MD5 mismatch").
 * A malformed header is refused from the headers alone; the match is checked once the body was read.
 */
export function contentMd5Check(header: string | undefined): (md5Hex: string) => void {
  if (header === undefined) return () => undefined;
  const given = header.trim();
  if (Buffer.from(given, 'base64').length !== 16) throw badRequest('InvalidDigest', 'The Content-MD5 you specified is not valid.');
  return (md5Hex) => {
    if (given !== Buffer.from(md5Hex, 'hex').toString('base64')) throw badRequest('BadDigest', 'The Content-MD5 you specified did not match what we received.');
  };
}

/** OSS: the CRC-64 of the object's (or part's) bytes on every answer that carries them. */
export function ossCrcHeaders(crc64: string): Record<string, string> {
  return { [OSS_CRC64_HEADER]: crc64 };
}

/**
 * BOS: the CRC-64/ECMA-182 of the object's (or part's) bytes. bce-sdk-go's mocks record it in the
 * PutObject answer (services/bos/api/object_test.go TestPutObject: ContentCrc64ECMA is the
 * hash/crc64 ECMA sum of the body sent, in decimal) and in the UploadPart answer
 * (multipart_test.go, checked by option.go Crc64Handler), as on HEAD (GetObjectMeta).
 */
export function bosCrc64Headers(crc64: string): Record<string, string> {
  return { [BOS_CRC64_HEADER]: crc64 };
}

/** BOS: a sent x-bce-content-crc32 (decimal CRC-32) must match; the answer echoes the computed value. */
export function checkBosCrc32(header: string | undefined, actual: string): Record<string, string> {
  if (header !== undefined && header.trim() !== actual) {
    throw badRequest('BadDigest', 'The x-bce-content-crc32 you specified did not match what we received.');
  }
  return header === undefined ? {} : { [BOS_CRC32_HEADER]: actual };
}
