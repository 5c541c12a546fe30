// The panel's buttons for all items: "Stop all" pauses every running upload, "Start all"
// resumes them to the end. The app talks to the emulator through a proxy holding every PUT,
// so the uploads are certainly running when "Stop all" is pressed.
import { join } from 'node:path';
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { type RequestMatch } from '../../helpers/gated-proxy';
import { useProxiedEmulator } from '../../helpers/proxied-emulator';
import { objectRow } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { transferRow, transfersPanel, writeLocalFile } from '../../helpers/transfers';

const env = useProxiedEmulator(test);

const isPut: RequestMatch = ({ method }) => method === 'PUT';

test('"Stop all" pauses every running transfer, "Start all" finishes them', async ({ launch }, testInfo) => {
  const { page, answerDialogs } = await launch({ emulator: env.endpoints() });
  const proxy = env.proxy();
  const names = ['first of all.txt', 'second of all.txt'];
  const files = await Promise.all(names.map((n) => writeLocalFile(join(testInfo.outputDir, n), `bytes of ${n}`)));
  await openBucket(page, DEMO_BUCKETS.oss);
  proxy.hold(isPut);
  await answerDialogs({ openFiles: files });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();
  for (const n of names) await expect(transferRow(page, n)).toContainText('Transferring');

  const panel = transfersPanel(page);
  await panel.getByRole('button', { name: 'Stop all', exact: true }).click();
  for (const n of names) await expect(transferRow(page, n)).toContainText('Paused');
  expect(proxy.forwarded(isPut)).toBe(0);

  proxy.release();
  await panel.getByRole('button', { name: 'Start all', exact: true }).click();
  for (const n of names) {
    await expect(transferRow(page, n)).toContainText('Done');
    await expect(objectRow(page, n)).toBeVisible();
  }
  expect(proxy.forwarded(isPut)).toBe(2);
});
