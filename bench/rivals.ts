// The other sides of each comparison: the vendor SDKs (as their users call them) and a bare,
// signed undici.request loop that reads only the continuation token: the physical limit here.
import { type Agent } from 'undici';
import { aliOss, bosSdk, type AliOssClient, type BosSdkClient } from '../emulator/test-oracles';
import { signBce } from '../src-main/storage/bos/sign';
import { buildQueryString } from '../src-main/storage/encoding';
import { resolveTarget } from '../src-main/storage/endpoints';
import { signOssV4Header } from '../src-main/storage/oss/sign-v4';
import { isoSeconds } from '../src-main/storage/signing-common';
import { type BenchEmulator } from './emulator-process';

export const OSS_BUCKET = 'demo-oss';
export const BOS_BUCKET = 'demo-bos';
export const OSS_REGION = 'cn-hangzhou';

export function aliClient(emu: BenchEmulator): AliOssClient {
  return aliOss({ endpoint: emu.oss, region: `oss-${OSS_REGION}`, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, bucket: OSS_BUCKET, authorizationV4: true, timeout: 60_000 });
}

export function bceClient(emu: BenchEmulator): BosSdkClient {
  return bosSdk(emu.bos, emu.accessKeyId, emu.accessKeySecret);
}

/** ali-oss listV2, page after page, as its docs show. Returns the number of rows. */
export async function aliListAll(ali: AliOssClient, prefix: string): Promise<number> {
  let rows = 0;
  let token: string | undefined;
  do {
    const query: Record<string, string | number> = { prefix, 'max-keys': 1000 };
    if (token) query['continuation-token'] = token;
    const page = await ali.listV2(query);
    rows += (page.objects?.length ?? 0) + (page.prefixes?.length ?? 0);
    token = page.isTruncated ? (page.nextContinuationToken ?? undefined) : undefined;
  } while (token);
  return rows;
}

export async function bceListAll(bce: BosSdkClient, prefix: string): Promise<number> {
  let rows = 0;
  let marker: string | undefined;
  do {
    const page = (await bce.listObjects(BOS_BUCKET, { prefix, maxKeys: 1000, ...(marker && { marker }) })).body;
    rows += page.contents.length + page.commonPrefixes.length;
    marker = page.isTruncated ? page.nextMarker : undefined;
  } while (marker);
  return rows;
}

const tokenPattern = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/;
const keyPattern = /<Key>/g;

/** Bare loop over OSS ListObjectsV2: sign, request, count <Key>, find the token. */
export async function bareOssListAll(emu: BenchEmulator, agent: Agent, prefix: string): Promise<number> {
  const endpoint = { provider: 'oss' as const, endpoint: emu.oss, region: OSS_REGION, addressing: 'path' as const };
  const creds = { accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  let rows = 0;
  let token: string | undefined;
  do {
    const query: Record<string, string> = { 'list-type': '2', 'encoding-type': 'url', 'max-keys': '1000', prefix };
    if (token) query['continuation-token'] = token;
    const target = resolveTarget(endpoint, OSS_BUCKET);
    const { headers } = signOssV4Header({ method: 'GET', bucket: OSS_BUCKET, query, headers: { host: target.host } }, creds, new Date(), { region: OSS_REGION });
    const res = await agent.request({ origin: target.origin, path: `${target.path}?${buildQueryString(query)}`, method: 'GET', headers, reset: false });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`bare OSS list: HTTP ${res.statusCode}`);
    rows += text.match(keyPattern)?.length ?? 0;
    const next = tokenPattern.exec(text)?.[1];
    token = text.includes('<IsTruncated>true</IsTruncated>') && next ? decodeURIComponent(next) : undefined;
  } while (token);
  return rows;
}

/** Bare loop over BOS ListObjects: sign, request, JSON.parse, follow nextMarker. */
export async function bareBosListAll(emu: BenchEmulator, agent: Agent, prefix: string): Promise<number> {
  const endpoint = { provider: 'bos' as const, endpoint: emu.bos, region: 'bj', addressing: 'path' as const };
  const creds = { accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  let rows = 0;
  let marker: string | undefined;
  do {
    const query: Record<string, string> = { maxKeys: '1000', prefix };
    if (marker) query.marker = marker;
    const target = resolveTarget(endpoint, BOS_BUCKET);
    const now = new Date();
    const headers: Record<string, string> = { host: target.host, 'x-bce-date': isoSeconds(now) };
    const { authorization } = signBce({ method: 'GET', path: target.path, query, headers }, creds, now);
    const res = await agent.request({ origin: target.origin, path: `${target.path}?${buildQueryString(query)}`, method: 'GET', headers: { ...headers, authorization }, reset: false });
    const body = (await res.body.json()) as { isTruncated: boolean; nextMarker?: string; contents?: unknown[]; commonPrefixes?: unknown[] };
    if (res.statusCode !== 200) throw new Error(`bare BOS list: HTTP ${res.statusCode}`);
    rows += (body.contents?.length ?? 0) + (body.commonPrefixes?.length ?? 0);
    marker = body.isTruncated ? body.nextMarker : undefined;
  } while (marker);
  return rows;
}
