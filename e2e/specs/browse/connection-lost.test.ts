// The storage server goes away while the app is open (every connection dropped), then comes back:
// one banner, the last bucket list stays, and one Retry brings every area back.
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { objectRow } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { useOwnEmulator } from '../../helpers/own-emulator';

const emulator = useOwnEmulator({ seed: 'demo' });

test('a lost connection shows one banner, keeps the bucket list, and recovers with one Retry', async ({ launch }) => {
  const { page } = await launch({ emulator: emulator() });
  await openBucket(page, DEMO_BUCKETS.oss);
  await expect(objectRow(page, 'readme.txt')).toBeVisible();

  emulator().setFaults({ dropRate: 1 });
  await page.getByRole('treeitem', { name: DEMO_BUCKETS.bos, exact: true }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The storage server cannot be reached' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('treeitem')).toHaveCount(4);
  await expect(page.getByText('Not loaded yet: no connection to the storage server.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(1);

  emulator().setFaults({ dropRate: 0 });
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(objectRow(page, 'readme.txt')).toBeVisible();
  await expect(banner).toBeHidden();
});

// Their batch failed as a connection error, so the banner's Retry asks again.
test('links resolved while the server was away resolve again once it is back', async ({ launch }) => {
  const { page } = await launch({ emulator: emulator() });
  await openBucket(page, DEMO_BUCKETS.oss);
  const link = objectRow(page, 'latest-report.pdf');
  await expect(link).toContainText('docs/reports/2026/q3.pdf');
  emulator().setFaults({ dropRate: 1 });
  await page.getByRole('button', { name: 'Refresh' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The storage server cannot be reached' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  emulator().setFaults({ dropRate: 0 });
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
  await expect(link).toContainText('docs/reports/2026/q3.pdf');
});
