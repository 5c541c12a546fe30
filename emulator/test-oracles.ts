// Typed access to the vendor SDKs used as test oracles (they ship no usable TypeScript
// types). Loaded with createRequire so no global module declaration is needed.
import http from 'node:http';
import { createRequire } from 'node:module';

const requireCjs = createRequire(import.meta.url);

export interface AliResponse {
  status: number;
  headers: Record<string, string>;
}

export interface AliOssClient {
  put(name: string, body: Buffer, options?: { headers?: Record<string, string>; meta?: Record<string, string> }): Promise<{ name: string; res: AliResponse }>;
  get(name: string, options?: { headers?: Record<string, string> }): Promise<{ content: Buffer; res: AliResponse }>;
  head(name: string): Promise<{ status: number; meta: Record<string, string>; res: AliResponse }>;
  delete(name: string): Promise<{ res: AliResponse }>;
  deleteMulti(names: string[], options?: { quiet?: boolean }): Promise<{ deleted: { Key: string }[] | string[]; res: AliResponse }>;
  copy(name: string, sourceName: string, options?: { headers?: Record<string, string>; meta?: Record<string, string> }): Promise<{ data: { etag: string }; res: AliResponse }>;
  listV2(query: Record<string, string | number>, options?: object): Promise<{
    objects: { name: string; size: number; etag: string; type: string; storageClass: string }[] | undefined;
    prefixes: string[] | null;
    isTruncated: boolean;
    nextContinuationToken: string | null;
    keyCount: number;
  }>;
  list(query: Record<string, string | number> | null, options?: object): Promise<{ objects?: { name: string }[]; prefixes: string[] | null; isTruncated: boolean; nextMarker: string | null }>;
  /** `file`: bytes or a local path (ali-oss reads the path in parts). */
  multipartUpload(name: string, file: Buffer | string, options?: { partSize?: number; parallel?: number; headers?: Record<string, string> }): Promise<{ res: AliResponse; etag?: string }>;
  getStream(name: string): Promise<{ stream: NodeJS.ReadableStream; res: AliResponse }>;
  multipartUploadCopy(name: string, source: { sourceKey: string; sourceBucketName: string }, options?: { partSize?: number }): Promise<{ res: AliResponse }>;
  putSymlink(name: string, targetName: string, options?: { storageClass?: string; meta?: Record<string, string>; headers?: Record<string, string> }): Promise<{ res: AliResponse }>;
  getSymlink(name: string): Promise<{ targetName: string; res: AliResponse }>;
  putACL(name: string, acl: string): Promise<{ res: AliResponse }>;
  getACL(name: string): Promise<{ acl: string; res: AliResponse }>;
  signatureUrl(name: string, options?: { expires?: number; method?: string }): string;
  signatureUrlV4(method: string, expires: number, request?: { headers?: Record<string, string>; queries?: Record<string, string> }, objectName?: string): Promise<string>;
  putBucket(name: string, options?: { StorageClass?: string }): Promise<{ res: AliResponse }>;
  listBuckets(query?: object | null): Promise<{ buckets: { name: string; storageClass: string }[] }>;
  useBucket(name: string): void;
}

export interface AliOssOptions {
  endpoint: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
  bucket?: string;
  authorizationV4?: boolean;
  timeout?: number;
}

type AliCtor = new (o: AliOssOptions) => AliOssClient;

export function aliOss(o: AliOssOptions): AliOssClient {
  const Ctor = requireCjs('ali-oss') as AliCtor;
  return new Ctor({ timeout: 10_000, ...o });
}

export interface BosResponse<B = unknown> {
  http_headers: Record<string, string>;
  body: B;
}

export interface BosListBody {
  isTruncated: boolean;
  nextMarker?: string;
  contents: { key: string; size: number; eTag: string }[];
  commonPrefixes: { prefix: string }[];
}

export interface BosSdkClient {
  listBuckets(): Promise<BosResponse<{ buckets: { name: string }[] }>>;
  putObject(bucket: string, key: string, data: Buffer, options?: Record<string, string>): Promise<BosResponse>;
  putObjectFromString(bucket: string, key: string, data: string, options?: Record<string, string>): Promise<BosResponse>;
  getObject(bucket: string, key: string, range?: string): Promise<BosResponse<Buffer>>;
  getObjectMetadata(bucket: string, key: string): Promise<BosResponse>;
  deleteObject(bucket: string, key: string): Promise<BosResponse>;
  listObjects(bucket: string, options?: { prefix?: string; delimiter?: string; marker?: string; maxKeys?: number }): Promise<BosResponse<BosListBody>>;
  putSymlink(bucket: string, key: string, target: string, overwrite?: boolean): Promise<BosResponse>;
  getSymlink(bucket: string, key: string): Promise<BosResponse>;
  putObjectCannedAcl(bucket: string, key: string, acl: string): Promise<BosResponse>;
  copyObject(srcBucket: string, srcKey: string, destBucket: string, destKey: string, options?: Record<string, string>): Promise<BosResponse<{ eTag: string }>>;
  deleteMultipleObjects(bucket: string, keys: string[]): Promise<BosResponse>;
  initiateMultipartUpload(bucket: string, key: string, options?: Record<string, string>): Promise<BosResponse<{ uploadId: string }>>;
  uploadPartFromDataUrl(bucket: string, key: string, uploadId: string, partNumber: number, partSize: number, dataUrl: string): Promise<BosResponse>;
  completeMultipartUpload(bucket: string, key: string, uploadId: string, parts: { partNumber: number; eTag: string }[]): Promise<BosResponse<{ eTag: string }>>;
}

export interface BosSdkError {
  status_code: number;
  code: string;
  message: string;
}

type BosCtor = new (o: { endpoint: string; credentials: { ak: string; sk: string } }) => BosSdkClient;

export function bosSdk(endpoint: string, ak: string, sk: string): BosSdkClient {
  const { BosClient } = requireCjs('@baiducloud/sdk') as { BosClient: BosCtor };
  return new BosClient({ endpoint, credentials: { ak, sk } });
}

/**
 * Sends a request to the emulator at `target` (http://127.0.0.1:P) while keeping the URL's
 * own Host header, the way a virtual-hosted client would through DNS.
 */
export function requestVia(target: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const u = new URL(url);
  const t = new URL(target);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: t.hostname, port: t.port, method: init.method ?? 'GET', path: u.pathname + u.search, headers: { host: u.host, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
