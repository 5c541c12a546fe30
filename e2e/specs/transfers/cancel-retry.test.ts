// Cancel, retry, pause and resume of a multipart upload (17 MiB: parts of 8, 8 and 1 MiB). The app talks to
// the emulator through a proxy that holds UploadPart requests: the spec decides how far the
// upload gets (no part, then one of three) rather than racing the machine, so each button is
// pressed while the transfer is certainly running. Cancel aborts the multipart upload
// (ListMultipartUploads is empty), Retry uploads again, Resume continues from the finished parts.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { test, expect } from '../../fixtures';
import { ossRequest } from '../../../emulator/test-client';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { isUploadPart } from '../../helpers/gated-proxy';
import { useProxiedEmulator } from '../../helpers/proxied-emulator';
import { objectRow } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { transferRow, writeLocalFile } from '../../helpers/transfers';

const env = useProxiedEmulator(test);

const pendingUploads = async (): Promise<number> => {
  const r = await ossRequest({ url: env.emulator().oss, accessKeyId: env.emulator().accessKeyId, accessKeySecret: env.emulator().accessKeySecret }, { bucket: DEMO_BUCKETS.oss, query: { uploads: '' } });
  return (r.text.match(/<Upload>/g) ?? []).length;
};

// Waits that move megabytes (hashing included) get more than the default on a loaded machine.
const MOVING_BYTES_MS = 30_000;

test('cancel aborts a running multipart upload; Retry uploads it again; Pause and Resume finish it', async ({ launch }, testInfo) => {
  test.setTimeout(90_000);
  const { page, answerDialogs } = await launch({ emulator: env.endpoints() });
  const proxy = env.proxy();
  const file = await writeLocalFile(join(testInfo.outputDir, 'big.bin'), randomBytes(17 * 1024 * 1024));
  await openBucket(page, DEMO_BUCKETS.oss);
  const row = transferRow(page, 'big.bin');
  const percent = async () => Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'));

  proxy.hold(isUploadPart); // the upload is created, no part gets through
  await answerDialogs({ openFiles: [file] });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();
  await expect(row).toContainText('Transferring');
  await expect.poll(pendingUploads).toBe(1);
  await row.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(row).toContainText('Cancelled');
  expect(await pendingUploads()).toBe(0);
  await expect(objectRow(page, 'big.bin')).toHaveCount(0);

  proxy.hold((r) => isUploadPart(r) && !/[?&]partNumber=1(&|$)/.test(r.url)); // part 1 (8 MiB) finishes, parts 2 and 3 wait
  await row.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(row).toContainText('Transferring');
  // The button the user aims at is the same element while progress events update the row.
  const pause = await row.getByRole('button', { name: 'Pause', exact: true }).elementHandle();
  await expect.poll(percent, { timeout: MOVING_BYTES_MS }).toBe(47); // 8 of 17 MiB
  expect(await pause?.evaluate((el) => el.isConnected)).toBe(true);
  await row.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(row).toContainText('Paused');
  expect(await percent()).toBe(47);
  expect(proxy.forwarded(isUploadPart)).toBe(1);

  proxy.release();
  await row.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(row).toContainText('Done', { timeout: MOVING_BYTES_MS });
  expect(proxy.forwarded(isUploadPart)).toBe(3); // the finished part was not sent again
  await expect(objectRow(page, 'big.bin')).toContainText('17');
  expect(await pendingUploads()).toBe(0);
});
