// Deterministic bench inputs: a realistic ListObjectsV2 page (the ETags carry &quot; like OSS's).
import { uriEncodePath } from '../src-main/storage/encoding';

/** One ListObjectsV2 page of `entries` objects with url-encoded CJK keys and owners (~350 bytes per entry). */
export function listObjectsV2PageXml(entries: number): string {
  const rows: string[] = [];
  for (let i = 0; i < entries; i++) {
    const key = `photos/2025/目录 ${String(i).padStart(6, '0')}/image+${i % 7}.jpg`;
    const etag = (i * 2654435761).toString(16).toUpperCase().padStart(32, '0').slice(-32);
    rows.push(
      `<Contents><Key>${uriEncodePath(key)}</Key><LastModified>2025-06-01T12:34:56.000Z</LastModified>` +
        `<ETag>&quot;${etag}&quot;</ETag><Type>${i % 50 === 0 ? 'Symlink' : 'Normal'}</Type><Size>${1000 + i}</Size>` +
        `<StorageClass>Standard</StorageClass><Owner><ID>1000000000000000</ID><DisplayName>1000000000000000</DisplayName></Owner></Contents>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>bench</Name><Prefix>photos%2F</Prefix><MaxKeys>1000</MaxKeys>' +
    '<Delimiter></Delimiter><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>' +
    `<NextContinuationToken>Y29udGludWU</NextContinuationToken><KeyCount>${entries}</KeyCount>${rows.join('')}</ListBucketResult>`
  );
}
