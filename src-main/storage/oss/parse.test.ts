import { describe, expect, it } from 'vitest';
import { parseOssError, parseOssErrorXml } from './errors';
import { createListObjectsV2Parser, parseCopyResult, parseDeleteResult, parseListBuckets, parseListObjectsV2, parseObjectAcl } from './parse';
import { XmlSyntaxError } from './xml';

const page = (entries: string, tail = '<IsTruncated>true</IsTruncated><NextContinuationToken>tok%2Fen</NextContinuationToken>', enc = '<EncodingType>url</EncodingType>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>b</Name><Prefix>dir%2F</Prefix><MaxKeys>2</MaxKeys><Delimiter>%2F</Delimiter>${enc}${tail}${entries}</ListBucketResult>`;
const contents = (key: string, type = 'Normal', cls = 'Standard') =>
  `<Contents><Key>${key}</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified><ETag>&quot;ABC&quot;</ETag><Type>${type}</Type><Size>42</Size><StorageClass>${cls}</StorageClass><Owner><ID>1</ID></Owner></Contents>`;

describe('ListObjectsV2 parser', () => {
  it('decodes url-encoded keys, folders and token; types and storage classes', () => {
    const r = parseListObjectsV2(page(contents('dir/a%20b%2Bc%25') + contents('dir/%E7%9B%AE%F0%9F%98%80', 'Symlink', 'ia') + '<CommonPrefixes><Prefix>dir/sub%23/</Prefix></CommonPrefixes>'));
    expect(r.objects).toEqual([
      { kind: 'object', key: 'dir/a b+c%', size: 42, lastModified: '2024-01-02T03:04:05.000Z', etag: 'ABC', storageClass: 'STANDARD' },
      { kind: 'symlink', key: 'dir/目😀', size: 42, lastModified: '2024-01-02T03:04:05.000Z', etag: 'ABC', storageClass: 'IA' },
    ]);
    expect(r.folders).toEqual([{ kind: 'folder', key: 'dir/sub#/', size: 0, lastModified: '', etag: '', storageClass: '' }]);
    expect(r).toMatchObject({ isTruncated: true, nextContinuationToken: 'tok/en' });
  });

  it('reports the decoded continuation token before the entries are parsed', () => {
    const seen: string[] = [];
    const parser = createListObjectsV2Parser((t) => seen.push(`${t} after ${objectsSoFar()}`));
    let count = 0;
    const objectsSoFar = () => count;
    const xml = page(contents('a') + contents('b'));
    const cut = xml.indexOf('<Contents>');
    parser.write(xml.slice(0, cut));
    expect(seen).toEqual(['tok/en after 0']);
    count = 2;
    parser.write(xml.slice(cut));
    expect(parser.close().objects).toHaveLength(2);
    expect(seen).toHaveLength(1);
  });

  it('keeps keys raw without EncodingType url, even when they contain %', () => {
    const r = parseListObjectsV2(page(contents('100%'), '<IsTruncated>false</IsTruncated>', ''));
    expect(r.objects[0]?.key).toBe('100%');
    expect(r.isTruncated).toBe(false);
  });

  it('gives the same result when fed in arbitrary chunks', () => {
    const xml = page(contents('a%20b') + contents('c', 'Symlink'));
    const parser = createListObjectsV2Parser();
    for (let i = 0; i < xml.length; i += 7) parser.write(xml.slice(i, i + 7));
    expect(parser.close()).toEqual(parseListObjectsV2(xml));
  });

  it.each([
    ['truncated document', page(contents('a')).slice(0, -30)],
    ['not XML', '{"json": true}'],
    ['empty', ''],
    ['wrong root', '<Error><Code>x</Code></Error>'],
    ['bad size', page(contents('a').replace('<Size>42', '<Size>forty'))],
    ['bad percent-encoding', page(contents('a%ZZ'))],
    ['truncated without token', page(contents('a'), '<IsTruncated>true</IsTruncated>')],
    ['undefined entity', page(contents('a&bogus;'))],
  ])('rejects %s with XmlSyntaxError', (_name, xml) => {
    expect(() => parseListObjectsV2(xml)).toThrow(XmlSyntaxError);
  });
});

describe('other OSS bodies', () => {
  it('ListBuckets: region from Region or Location, paging marker', () => {
    const xml = `<ListAllMyBucketsResult><Owner><ID>1</ID></Owner><IsTruncated>true</IsTruncated><NextMarker>m2</NextMarker><Buckets>
      <Bucket><Name>a</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><Location>oss-cn-hangzhou</Location><StorageClass>Standard</StorageClass></Bucket>
      <Bucket><Name>b</Name><Region>cn-beijing</Region><Location>oss-cn-beijing</Location><StorageClass>IA</StorageClass></Bucket></Buckets></ListAllMyBucketsResult>`;
    expect(parseListBuckets(xml)).toEqual({
      isTruncated: true, nextMarker: 'm2',
      buckets: [
        { name: 'a', region: 'cn-hangzhou', creationDate: '2024-01-01T00:00:00.000Z', storageClass: 'STANDARD' },
        { name: 'b', region: 'cn-beijing', creationDate: '', storageClass: 'IA' },
      ],
    });
    expect(() => parseListBuckets('<ListAllMyBucketsResult><Buckets><Bucket></Bucket></Buckets></ListAllMyBucketsResult>')).toThrow(XmlSyntaxError);
  });

  it('DeleteResult with url encoding and S3-style errors', () => {
    const xml = '<DeleteResult><EncodingType>url</EncodingType><Deleted><Key>a%20b</Key></Deleted><Deleted><Key>%E2%82%AC</Key></Deleted><Error><Key>c</Key><Code>AccessDenied</Code><Message>no</Message></Error></DeleteResult>';
    expect(parseDeleteResult(xml)).toEqual({ deleted: ['a b', '€'], failed: [{ key: 'c', code: 'AccessDenied', message: 'no' }] });
  });

  it('CopyObjectResult', () => {
    expect(parseCopyResult('<CopyObjectResult><LastModified>x</LastModified><ETag>"E1"</ETag></CopyObjectResult>')).toEqual({ etag: 'E1' });
    expect(() => parseCopyResult('<Other/>')).toThrow(XmlSyntaxError);
  });
});

describe('OSS error parsing', () => {
  const res = (status: number, body: string, headers: Record<string, string> = {}) => ({ method: 'GET', status, headers, body: Buffer.from(body) });

  it('reads code, message and request id from the XML body', () => {
    const e = parseOssError(res(404, '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The key &amp; more</Message><RequestId>RID</RequestId><HostId>h</HostId></Error>'));
    expect(e).toMatchObject({ code: 'NoSuchKey', status: 404, requestId: 'RID', provider: 'oss', message: 'The key & more' });
  });

  it('reads the base64 XML of x-oss-err on a body-less HEAD answer', () => {
    const xml = '<Error><Code>SymlinkTargetNotExist</Code><Message>gone</Message><RequestId>R2</RequestId></Error>';
    const e = parseOssError({ ...res(404, ''), method: 'HEAD', headers: { 'x-oss-err': Buffer.from(xml).toString('base64'), 'x-oss-ec': '0026-00000001' } });
    expect(e).toMatchObject({ code: 'SymlinkTargetNotExist', status: 404, requestId: 'R2' });
  });

  // The EC names the docs page of the exact cause (help.aliyun.com/en/oss/user-guide/<EC>): kept
  // from <EC> (Go SDK v2 client_mock_test.go bodies carry it), else from x-oss-ec.
  it('keeps the EC from the body, or from x-oss-ec when the body has none', () => {
    const body = '<Error><Code>FileAlreadyExists</Code><Message>m</Message><RequestId>R</RequestId><EC>0026-00000002</EC></Error>';
    expect(parseOssError(res(409, body)).ec).toBe('0026-00000002');
    const noEc = '<Error><Code>InvalidArgument</Code><Message>m</Message><RequestId>R</RequestId></Error>';
    expect(parseOssError(res(400, noEc, { 'x-oss-ec': '0011-00000004' })).ec).toBe('0011-00000004');
    expect(parseOssError({ ...res(404, ''), headers: { 'x-oss-ec': '0026-00000001' } })).toMatchObject({ code: 'NotFound', ec: '0026-00000001', message: 'HTTP 404 (EC 0026-00000001)' });
    expect(parseOssError(res(400, noEc)).ec).toBeUndefined();
    expect(parseOssError(res(400, noEc, { 'x-oss-ec': '<script>' })).ec).toBeUndefined();
  });

  it('falls back to a status code name when there is nothing to parse', () => {
    expect(parseOssError({ ...res(404, ''), headers: { 'x-oss-request-id': 'R3' } })).toMatchObject({ code: 'NotFound', requestId: 'R3' });
    expect(parseOssError(res(503, ''))).toMatchObject({ code: 'ServerError', status: 503 });
  });

  it.each([
    ['HTML body', res(502, '<html><body>Bad gateway</body>')],
    ['truncated XML', res(400, '<Error><Code>X</Code')],
    ['Error without Code', res(400, '<Error><Message>m</Message></Error>')],
    ['garbage x-oss-err', { ...res(404, ''), headers: { 'x-oss-err': '!!!not-base64' } }],
  ])('gives InvalidResponse (never a parser exception) for %s', (_name, r) => {
    const e = parseOssError(r);
    expect(e).toMatchObject({ code: 'InvalidResponse', status: r.status, provider: 'oss' });
  });

  it('parseOssErrorXml rejects other roots', () => {
    expect(() => parseOssErrorXml('<ListBucketResult/>')).toThrow(XmlSyntaxError);
  });
});

describe('GetObjectACL parser', () => {
  it('reads the canned ACL of AccessControlList/Grant (the OSS GetObjectACL doc example, trailing blank included)', () => {
    const xml = '<?xml version="1.0" ?>\n<AccessControlPolicy><Owner><ID>1234513455</ID><DisplayName>1234513455</DisplayName></Owner><AccessControlList><Grant>public-read </Grant></AccessControlList></AccessControlPolicy>';
    expect(parseObjectAcl(xml)).toBe('public-read');
    expect(parseObjectAcl('<AccessControlPolicy><AccessControlList><Grant>default</Grant></AccessControlList></AccessControlPolicy>')).toBe('default');
  });
  it('refuses another root element', () => {
    expect(() => parseObjectAcl('<Error><Grant>private</Grant></Error>')).toThrow();
  });
});
