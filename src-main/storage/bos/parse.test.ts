import { describe, expect, it } from 'vitest';
import { parseBosError } from './errors';
import { BosShapeError, parseBosCopyResult, parseBosDeleteResult, parseBosListBuckets, parseBosListObjects, parseBosObjectAcl } from './parse';

const list = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    name: 'b', prefix: 'dir/', delimiter: '/', marker: '', maxKeys: 2, isTruncated: true, nextMarker: 'dir/b',
    contents: [
      { key: 'dir/a b+c%', lastModified: '2024-01-02T03:04:05Z', eTag: 'e1', size: 3, storageClass: 'standard_ia', owner: { id: '1', displayName: 'x' } },
      { key: 'dir/目😀', lastModified: '2024-01-02T03:04:05Z', eTag: '"e2"', size: 0, storageClass: 'COLD' },
    ],
    commonPrefixes: [{ prefix: 'dir/sub/' }],
    ...over,
  });

describe('BOS ListObjects', () => {
  it('maps entries to object rows (BOS listings carry no type) and folders', () => {
    const r = parseBosListObjects(list());
    expect(r.objects).toEqual([
      { kind: 'object', key: 'dir/a b+c%', size: 3, lastModified: '2024-01-02T03:04:05Z', etag: 'e1', storageClass: 'STANDARD_IA' },
      { kind: 'object', key: 'dir/目😀', size: 0, lastModified: '2024-01-02T03:04:05Z', etag: 'e2', storageClass: 'COLD' },
    ]);
    expect(r.folders).toEqual([{ kind: 'folder', key: 'dir/sub/', size: 0, lastModified: '', etag: '', storageClass: '' }]);
    expect(r.nextMarker).toBe('dir/b');
  });

  it('has no next marker on the last page and falls back to the last key when nextMarker is absent', () => {
    expect(parseBosListObjects(list({ isTruncated: false })).nextMarker).toBeUndefined();
    expect(parseBosListObjects(list({ nextMarker: undefined })).nextMarker).toBe('dir/目😀');
  });

  it.each([
    ['not JSON', '<xml/>'],
    ['empty', ''],
    ['missing isTruncated', list({ isTruncated: undefined })],
    ['size as string', list({ contents: [{ key: 'a', lastModified: 'x', size: '3' }] })],
    ['contents not an array', list({ contents: {} })],
    ['an entry that is null', list({ contents: [null] })],
    ['an entry without key', list({ contents: [{ lastModified: 'x', size: 1 }] })],
    ['a negative size', list({ contents: [{ key: 'a', lastModified: 'x', size: -1 }] })],
    ['an eTag of null', list({ contents: [{ key: 'a', lastModified: 'x', size: 1, eTag: null }] })],
    ['a folder without prefix', list({ commonPrefixes: [{}] })],
    ['truncated page with nothing to continue from', list({ nextMarker: undefined, contents: [], commonPrefixes: [] })],
  ])('rejects %s with BosShapeError', (_n, text) => {
    expect(() => parseBosListObjects(text)).toThrow(BosShapeError);
  });
});

describe('other BOS bodies', () => {
  it('ListBuckets', () => {
    expect(parseBosListBuckets(JSON.stringify({ owner: { id: '1' }, buckets: [{ name: 'a', location: 'bj', creationDate: 'd' }] }))).toEqual([
      { name: 'a', region: 'bj', creationDate: 'd', storageClass: '' },
    ]);
    expect(() => parseBosListBuckets('{"buckets":[{"location":"bj"}]}')).toThrow(BosShapeError);
  });

  it('DeleteMultipleObjects: empty body means all deleted; errors listed per key', () => {
    expect(parseBosDeleteResult('', ['a', 'b'])).toEqual({ deleted: ['a', 'b'], failed: [] });
    expect(parseBosDeleteResult('{"errors":[{"key":"b","code":"AccessDenied","message":"no"}]}', ['a', 'b'])).toEqual({
      deleted: ['a'], failed: [{ key: 'b', code: 'AccessDenied', message: 'no' }],
    });
    expect(() => parseBosDeleteResult('{"errors":"x"}', ['a'])).toThrow(BosShapeError);
  });

  it('CopyObject', () => {
    expect(parseBosCopyResult('{"eTag":"\\"e\\"","lastModified":"x"}')).toEqual({ etag: 'e' });
    expect(() => parseBosCopyResult('{}')).toThrow(BosShapeError);
  });
});

describe('BOS error parsing', () => {
  const res = (status: number, body: string, headers: Record<string, string> = {}) => ({ method: 'GET', status, headers, body: Buffer.from(body) });
  it('reads the JSON error', () => {
    expect(parseBosError(res(409, '{"code":"FileAlreadyExists","message":"exists","requestId":"R1"}'))).toMatchObject({
      code: 'FileAlreadyExists', status: 409, requestId: 'R1', provider: 'bos', message: 'exists',
    });
  });
  it('uses the header request id and a status name for a body-less HEAD', () => {
    expect(parseBosError({ ...res(404, ''), method: 'HEAD', headers: { 'x-bce-request-id': 'R2' } })).toMatchObject({ code: 'NotFound', requestId: 'R2' });
  });
  it('reads the code of a body-less answer from x-bce-error-code', () => {
    expect(parseBosError({ ...res(404, ''), method: 'HEAD', headers: { 'x-bce-error-code': 'SymlinkTargetNotExist' } })).toMatchObject({ code: 'SymlinkTargetNotExist', status: 404 });
  });
  it.each([['HTML', '<html>oops</html>'], ['JSON without code', '{"message":"m"}'], ['array', '[]'], ['truncated', '{"code":"X"']])(
    'gives InvalidResponse for %s',
    (_n, body) => {
      expect(parseBosError(res(500, body))).toMatchObject({ code: 'InvalidResponse', status: 500, provider: 'bos' });
    },
  );
});

describe('GetObjectAcl parser', () => {
  const acl = (grants: unknown[]) => JSON.stringify({ accessControlList: grants });
  const owner = { grantee: [{ id: '7f34788d02a64a9c98f85600567d98a7' }], permission: ['FULL_CONTROL'] };
  it('names the canned ACL from what everyone ("*") may do (BOS ACL docs)', () => {
    expect(parseBosObjectAcl(acl([{ grantee: [{ id: '*' }], permission: ['READ'] }]))).toBe('public-read');
    expect(parseBosObjectAcl(acl([owner, { grantee: [{ id: '*' }], permission: ['READ', 'WRITE'] }]))).toBe('public-read-write');
    expect(parseBosObjectAcl(acl([owner]))).toBe('private');
  });
  it('refuses a body of another shape', () => {
    expect(() => parseBosObjectAcl('{"acl":[]}')).toThrow(BosShapeError);
  });
});
