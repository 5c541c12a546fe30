import { describe, expect, it } from 'vitest';
import { AppFailure } from '../errors';
import { checkBucketClass, checkMeta, checkStorageClass, validateLinkRequest } from './link-validation';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (e instanceof AppFailure) return e.code;
    throw e;
  }
}

const base = { bucket: 'b', key: 'dir/link', target: 'dir/target.txt' };

describe('validateLinkRequest()', () => {
  it('accepts a plain same-bucket link and normalises it', () => {
    expect(validateLinkRequest('oss', base)).toEqual({ ...base, meta: {} });
  });

  it('rejects an empty name or target', () => {
    expect(codeOf(() => validateLinkRequest('oss', { ...base, key: '' }))).toBe('BAD_REQUEST');
    expect(codeOf(() => validateLinkRequest('oss', { ...base, target: '' }))).toBe('BAD_REQUEST');
  });

  it('accepts exactly 1024 UTF-8 bytes and rejects 1025', () => {
    const cjk = '链'.repeat(341); // 1023 bytes
    expect(codeOf(() => validateLinkRequest('bos', { ...base, key: cjk + 'a' }))).toBeUndefined();
    expect(codeOf(() => validateLinkRequest('bos', { ...base, key: cjk + 'ab' }))).toBe('BAD_REQUEST');
    expect(codeOf(() => validateLinkRequest('bos', { ...base, target: cjk + 'ab' }))).toBe('BAD_REQUEST');
  });

  it('rejects a link name that is a folder marker', () => {
    expect(codeOf(() => validateLinkRequest('oss', { ...base, key: 'dir/' }))).toBe('BAD_REQUEST');
  });

  it('rejects a link to itself in the same bucket, accepts the same key in another BOS bucket', () => {
    expect(codeOf(() => validateLinkRequest('oss', { ...base, target: base.key }))).toBe('INVALID_TARGET');
    expect(codeOf(() => validateLinkRequest('bos', { ...base, target: base.key, targetBucket: 'b' }))).toBe('INVALID_TARGET');
    expect(validateLinkRequest('bos', { ...base, target: base.key, targetBucket: 'other' }).targetBucket).toBe('other');
  });

  it('rejects a target bucket on OSS, drops one equal to the bucket', () => {
    expect(codeOf(() => validateLinkRequest('oss', { ...base, targetBucket: 'other' }))).toBe('INVALID_ARGUMENT');
    expect(validateLinkRequest('oss', { ...base, targetBucket: 'b' })).not.toHaveProperty('targetBucket');
    expect(validateLinkRequest('bos', { ...base, targetBucket: 'b' })).not.toHaveProperty('targetBucket');
  });
});

describe('checkMeta()', () => {
  // The services count the header prefix too (x-oss-meta- / x-bce-meta-, 11 bytes per entry):
  // OSS EC 0011-00000002 "the total size of all x-oss-meta-* header names and values".
  it('accepts up to the provider limit and rejects one byte more (prefix + name + value)', () => {
    expect(codeOf(() => checkMeta('bos', { k: 'v'.repeat(2048 - 12) }))).toBeUndefined();
    expect(codeOf(() => checkMeta('bos', { k: 'v'.repeat(2048 - 11) }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkMeta('oss', { k: 'v'.repeat(8192 - 12) }))).toBeUndefined();
    expect(codeOf(() => checkMeta('oss', { k: 'v'.repeat(8192 - 11) }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkMeta('oss', { a: 'v'.repeat(4000), b: 'v'.repeat(4169) }))).toBe('INVALID_ARGUMENT');
  });

  it('rejects names that are not header tokens and values with control or non-ASCII characters', () => {
    expect(codeOf(() => checkMeta('oss', { 'good-name-1': 'ok value' }))).toBeUndefined();
    // OSS EC 0011-00000004: "x-oss-meta-my_key | No | Underscore not allowed".
    expect(codeOf(() => checkMeta('oss', { good_name: 'x' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkMeta('bos', { good_name: 'x' }))).toBeUndefined();
    expect(codeOf(() => checkMeta('oss', { 'bad name': 'x' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkMeta('oss', { k: 'line\r\nx-oss-evil: 1' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkMeta('oss', { k: '中文' }))).toBe('INVALID_ARGUMENT');
  });

  it('rejects two names that differ only in case', () => {
    expect(codeOf(() => checkMeta('bos', { Author: 'a', author: 'b' }))).toBe('INVALID_ARGUMENT');
  });
});

describe('checkStorageClass()', () => {
  it('accepts known classes in any case and returns the provider spelling', () => {
    expect(checkStorageClass('oss', 'ia')).toBe('IA');
    expect(checkStorageClass('oss', 'coldarchive')).toBe('ColdArchive');
    expect(checkStorageClass('bos', 'standard_ia')).toBe('STANDARD_IA');
    expect(checkStorageClass('bos', undefined)).toBeUndefined();
    expect(checkStorageClass('bos', ' ')).toBeUndefined();
  });

  it('rejects ARCHIVE for a BOS link and unknown classes', () => {
    expect(codeOf(() => checkStorageClass('bos', 'archive'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkStorageClass('oss', 'GLACIER'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkStorageClass('bos', 'IA'))).toBe('INVALID_ARGUMENT');
  });

  it('knows OSS DeepColdArchive and BOS MAZ_COLD', () => {
    expect(checkStorageClass('oss', 'deepcoldarchive')).toBe('DeepColdArchive');
    expect(checkStorageClass('bos', 'maz_cold')).toBe('MAZ_COLD');
  });
});

describe('checkBucketClass()', () => {
  it('refuses links in an OSS Archive bucket as NOT_SUPPORTED', () => {
    expect(codeOf(() => checkBucketClass('oss', 'Archive', undefined))).toBe('NOT_SUPPORTED');
    expect(codeOf(() => checkBucketClass('oss', 'STANDARD', undefined))).toBeUndefined();
    expect(codeOf(() => checkBucketClass('oss', undefined, undefined))).toBeUndefined();
  });

  it('asks for an explicit class in a BOS bucket whose default is ARCHIVE', () => {
    expect(codeOf(() => checkBucketClass('bos', 'ARCHIVE', undefined))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => checkBucketClass('bos', 'ARCHIVE', 'STANDARD'))).toBeUndefined();
    expect(codeOf(() => checkBucketClass('bos', 'COLD', undefined))).toBeUndefined();
  });
});
