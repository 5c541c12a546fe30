// InitiateMultipartUpload is not idempotent: when an attempt's answer is lost (a dropped connection,
// a 5xx from a proxy after the service acted) the retry creates a second upload, and the first stays
// on the service unseen and billed. Uploads of this key that appear during our call, other than the
// one we got, were made by those attempts: abort them. A listing the user may not make (a RAM policy
// without ListMultipartUploads) only turns the clean-up off; it never fails the upload.
import type { MultipartApi } from './types';

type Api = Pick<MultipartApi, 'initiateMultipart' | 'listMultipartUploads' | 'abortMultipart'>;

async function pendingIds(api: Api, bucket: string, key: string): Promise<Set<string> | undefined> {
  try {
    const uploads = await api.listMultipartUploads(bucket, key);
    return new Set(uploads.filter((u) => u.key === key).map((u) => u.uploadId));
  } catch {
    return undefined;
  }
}

async function abortStrays(api: Api, bucket: string, key: string, before: Set<string>, ours: string | undefined): Promise<void> {
  const after = (await pendingIds(api, bucket, key)) ?? new Set<string>();
  const strays = [...after].filter((id) => id !== ours && !before.has(id));
  await Promise.all(strays.map((id) => api.abortMultipart(bucket, key, id).catch(() => undefined)));
}

export async function initiateWithoutOrphans(api: Api, input: { bucket: string; key: string; contentType?: string }): Promise<string> {
  const { bucket, key } = input;
  const before = await pendingIds(api, bucket, key);
  let uploadId: string | undefined;
  try {
    uploadId = (await api.initiateMultipart(input)).uploadId;
    return uploadId;
  } finally {
    if (before) await abortStrays(api, bucket, key, before, uploadId);
  }
}
