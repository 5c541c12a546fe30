// Provider-neutral multipart upload rules (initiate, part, complete, abort, list parts).
import crypto from 'node:crypto';
import { badRequest, notFound } from './errors';
import { compareKeys } from './key-order';
import { discardContent, ingest } from './blob-store';
import { makeRecord, type NewObject } from './object-ops';
import type { Content, StoredBody } from './stored-body';
import type { MultipartUpload, ObjectRecord, Store, UploadPart } from './store';

export const MIN_PART_SIZE = 100 * 1024;
export const MAX_PART_NUMBER = 10000;
/** Both services: a part is at most 5 GB (OSS UploadPart, BOS UploadPart docs). */
export const MAX_PART_SIZE = 5 * 1024 * 1024 * 1024;

export function initiateUpload(store: Store, bucket: string, key: string, template: NewObject): MultipartUpload {
  const u: MultipartUpload = {
    uploadId: crypto.randomBytes(16).toString('hex').toUpperCase(),
    bucket,
    key,
    initiated: Date.now(),
    template,
    parts: new Map(),
  };
  store.startUpload(u);
  return u;
}

export function requireUpload(store: Store, bucket: string, key: string, uploadId: string | undefined): MultipartUpload {
  const u = uploadId === undefined ? undefined : store.uploads.get(uploadId);
  if (!u || u.bucket !== bucket || u.key !== key) throw notFound('NoSuchUpload', 'The specified upload does not exist.');
  return u;
}

export function parsePartNumber(raw: string | undefined): number {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n < 1 || n > MAX_PART_NUMBER) {
    throw badRequest('InvalidArgument', `Part number must be an integer between 1 and ${MAX_PART_NUMBER}.`);
  }
  return n;
}

/**
 * Stores a part whose bytes are in (`content`, committed). The upload may have been completed or
 * aborted while they streamed: then NoSuchUpload, and the bytes are deleted.
 */
export async function storePart(store: Store, u: MultipartUpload, partNumber: number, content: Content): Promise<UploadPart> {
  if (store.uploads.get(u.uploadId) !== u) {
    await discardContent(content);
    throw notFound('NoSuchUpload', 'The specified upload does not exist.');
  }
  const part: UploadPart = { partNumber, body: content.body, etag: content.md5, size: content.size, crc64: content.crc64, lastModified: Date.now() };
  store.putPart(u.uploadId, part);
  return part;
}

export interface CompletedPart {
  partNumber: number;
  etag: string;
}

const bareEtag = (e: string): string => e.trim().replace(/^"|"$/g, '').toLowerCase();

async function* concatenated(bodies: StoredBody[]): AsyncIterable<Buffer> {
  for (const body of bodies) yield* body.chunks();
}

/**
 * Validates the part list like the providers do, then streams the parts into one new body and
 * stores the assembled object. A retry that finds the upload already completed is NoSuchUpload.
 */
export async function completeUpload(store: Store, u: MultipartUpload, list: CompletedPart[]): Promise<ObjectRecord> {
  if (!list.length) throw badRequest('InvalidPart', 'You must specify at least one part.');
  const chosen: UploadPart[] = [];
  let previous = 0;
  for (const p of list) {
    if (p.partNumber <= previous) throw badRequest('InvalidPartOrder', 'The list of parts was not in ascending order.');
    previous = p.partNumber;
    const part = u.parts.get(p.partNumber);
    if (!part || part.etag !== bareEtag(p.etag)) throw badRequest('InvalidPart', `Part ${p.partNumber} could not be found or its ETag does not match.`);
    chosen.push(part);
  }
  chosen.forEach((part, i) => {
    if (i < chosen.length - 1 && part.size < MIN_PART_SIZE) {
      throw badRequest('EntityTooSmall', `Part ${part.partNumber} is smaller than the minimum allowed size of ${MIN_PART_SIZE} bytes.`);
    }
  });
  const digest = crypto.createHash('md5');
  for (const part of chosen) digest.update(Buffer.from(part.etag, 'hex'));
  const etag = `${digest.digest('hex')}-${chosen.length}`;
  const bodies = chosen.map((p) => p.body);
  const release = store.blobs.pin(bodies); // a part replaced meanwhile must stay readable
  let content: Content;
  try {
    content = await (await ingest(concatenated(bodies), store.blobs, Infinity)).commit();
  } finally {
    release();
  }
  // Another Complete (a retry) or an Abort may have ended the upload while the parts streamed.
  if (store.uploads.get(u.uploadId) !== u || !store.bucket(u.bucket)) {
    await discardContent(content);
    throw notFound('NoSuchUpload', 'The specified upload does not exist.');
  }
  const rec = makeRecord(u.key, u.template, content, 'Multipart', etag);
  store.putObject(u.bucket, rec);
  store.endUpload(u.uploadId);
  return rec;
}

/** Uploads begun and neither completed nor aborted, by key then initiation time (ListMultipartUploads). */
export function pendingUploads(store: Store, bucket: string, prefix: string, max = 1000): MultipartUpload[] {
  return [...store.uploads.values()]
    .filter((u) => u.bucket === bucket && u.key.startsWith(prefix))
    .sort((x, y) => compareKeys(x.key, y.key) || x.initiated - y.initiated)
    .slice(0, max);
}

export function sortedParts(u: MultipartUpload, after: number, max: number): { parts: UploadPart[]; truncated: boolean } {
  const all = [...u.parts.values()].filter((p) => p.partNumber > after).sort((a, b) => a.partNumber - b.partNumber);
  return { parts: all.slice(0, max), truncated: all.length > max };
}
