// "Check links…" on a whole demo bucket: a report region with counts and the problem links
// (the broken one and the chain), Reveal, Export CSV.
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { objectRow, pathBar } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';

for (const bucket of [DEMO_BUCKETS.oss, DEMO_BUCKETS.bos]) {
  test(`checking the links of ${bucket} lists the broken link and the chain`, async ({ app }) => {
    const { page } = app;
    await openBucket(page, bucket);
    await page.getByRole('button', { name: 'Check links…' }).click();
    const report = page.getByRole('region', { name: 'Link check' });
    const grid = report.getByRole('grid', { name: 'Problem links' });
    await expect(grid).toBeVisible({ timeout: 20_000 });
    await expect(grid.getByRole('row', { name: 'broken-link.txt', exact: true })).toContainText('Broken');
    await expect(grid.getByRole('row', { name: 'chain-link.pdf', exact: true })).toContainText('Chain');
    await expect(grid.getByRole('row', { name: 'latest-report.pdf', exact: true })).toHaveCount(0); // ok links are counted, not listed
    await expect(report.getByRole('list', { name: 'Links by state' })).toContainText('Broken: ');

    const download = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await (await download).createReadStream();
    const text = await new Promise<string>((resolve) => {
      let body = '';
      csv.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      csv.on('end', () => resolve(body));
    });
    expect(text.split('\r\n')[0]).toBe('link,target,state,checked_at');
    expect(text).toMatch(/\r\nbroken-link\.txt,missing\/nothing-here\.txt,broken,/);

    await grid.getByRole('row', { name: 'chain-link.pdf', exact: true }).getByRole('button', { name: 'Reveal' }).click();
    await expect(objectRow(page, 'chain-link.pdf')).toHaveAttribute('aria-selected', 'true');
    await expect(pathBar(page)).toContainText(bucket);
  });
}
