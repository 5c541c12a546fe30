// Property: hostile XML (OSS) and JSON (BOS) request bodies through the emulator's own request
// parsers (DeleteMultipleObjects, CompleteMultipartUpload) are answered in the provider's error
// format with a 4xx, or succeed: never a 500 (the catch-all for a crash), never a hang, and the
// emulator keeps serving. Seeded and bounded (fast-check); requests are signed, so the body is read.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson, hostileXml } from './test-hostile-bodies';
import { useDemoEmulator } from './test-demo-emulator';
import type { RawResponse } from './test-client';

const { oss, bos } = useDemoEmulator();
const md5 = (body: string) => crypto.createHash('md5').update(body).digest('base64');

/** "" when the answer is what a service would send, else what is wrong with it. */
function problemWith(r: RawResponse): string {
  if (r.status >= 500) return `HTTP ${r.status} ${r.code}`;
  if (r.status >= 400 && r.code === '') return `HTTP ${r.status} without an error code`;
  return '';
}

async function batch<T>(items: T[], send: (item: T) => Promise<RawResponse>): Promise<string[]> {
  const answers = await Promise.all(items.map(send));
  return answers.map(problemWith).filter((p) => p !== '');
}

const bodies = (arb: fc.Arbitrary<string>) => fc.array(arb, { minLength: 20, maxLength: 20 });

describe('emulator request parsers against hostile bodies (fast-check, seeded)', () => {
  it('OSS: DeleteMultipleObjects and CompleteMultipartUpload XML', async () => {
    const init = await oss({ method: 'POST', bucket: 'demo-oss', key: 'fuzz/upload.bin', query: { uploads: '' } });
    const uploadId = /<UploadId>([^<]+)</.exec(init.text)![1]!;
    await fc.assert(
      fc.asyncProperty(bodies(hostileXml), async (xml) => {
        const problems = await batch(xml, (body) => oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '' }, headers: { 'content-md5': md5(body) }, body }));
        problems.push(...(await batch(xml, (body) => oss({ method: 'POST', bucket: 'demo-oss', key: 'fuzz/upload.bin', query: { uploadId }, body }))));
        expect(problems).toEqual([]);
      }),
      { seed: 0x0551, numRuns: 5, endOnFailure: true },
    );
    expect((await oss({ bucket: 'demo-oss', query: { 'max-keys': '1' } })).status).toBe(200);
  }, 30_000);

  it('OSS: 400,000 unclosed tags (4 MB) are refused at once, not after seconds of parsing', async () => {
    const body = '<Delete>' + '<Object>'.repeat(499_000);
    const started = Date.now();
    const r = await oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '' }, headers: { 'content-md5': md5(body) }, body });
    expect([r.status, r.code]).toEqual([400, 'MalformedXML']);
    expect(Date.now() - started).toBeLessThan(1_500); // ~3.5 s before the depth cap
  });

  it('BOS: DeleteMultipleObjects and CompleteMultipartUpload JSON', async () => {
    const init = await bos({ method: 'POST', bucket: 'demo-bos', key: 'fuzz/upload.bin', query: { uploads: '' } });
    const uploadId = (JSON.parse(init.text) as { uploadId: string }).uploadId;
    await fc.assert(
      fc.asyncProperty(bodies(hostileJson), async (json) => {
        const problems = await batch(json, (body) => bos({ method: 'POST', bucket: 'demo-bos', query: { delete: '' }, headers: { 'content-md5': md5(body) }, body }));
        problems.push(...(await batch(json, (body) => bos({ method: 'POST', bucket: 'demo-bos', key: 'fuzz/upload.bin', query: { uploadId }, headers: { 'content-md5': md5(body) }, body }))));
        expect(problems).toEqual([]);
      }),
      { seed: 0xb051, numRuns: 5, endOnFailure: true },
    );
    expect((await bos({ bucket: 'demo-bos', query: { maxKeys: '1' } })).status).toBe(200);
  }, 30_000);
});
