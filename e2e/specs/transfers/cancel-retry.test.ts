// Cancel and retry: a slow multipart upload (the emulator adds latency to every request) is
// cancelled from its row, which aborts the multipart upload (ListMultipartUploads is empty),
// then retried to completion; pause and resume continue from the finished parts.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { test, expect } from '../../fixtures';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import { ossRequest } from '../../../emulator/test-client';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { objectRow } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { transferRow, writeLocalFile } from '../../helpers/transfers';

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', latencyMs: 250 });
});
test.afterAll(async () => {
  await emulator?.close();
});

const pendingUploads = async (): Promise<number> => {
  const r = await ossRequest({ url: emulator.oss, accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }, { bucket: DEMO_BUCKETS.oss, query: { uploads: '' } });
  return (r.text.match(/<Upload>/g) ?? []).length;
};

test('cancel aborts a running multipart upload; Retry uploads it again; Pause and Resume finish it', async ({ launch }, testInfo) => {
  const { page, answerDialogs } = await launch({ emulator });
  const file = await writeLocalFile(join(testInfo.outputDir, 'big.bin'), randomBytes(72 * 1024 * 1024));
  await openBucket(page, DEMO_BUCKETS.oss);
  await answerDialogs({ openFiles: [file] });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();

  const row = transferRow(page, 'big.bin');
  await expect(row).toContainText('Transferring');
  await expect.poll(pendingUploads).toBe(1);
  await row.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(row).toContainText('Cancelled');
  await expect.poll(pendingUploads).toBe(0);
  await expect(objectRow(page, 'big.bin')).toHaveCount(0);

  await row.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(row).toContainText('Transferring');
  await expect.poll(async () => Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await row.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(row).toContainText('Paused');
  await row.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(row).toContainText('Done', { timeout: 30_000 });
  await expect(objectRow(page, 'big.bin')).toContainText('72');
  expect(await pendingUploads()).toBe(0);
});
