// Downloads into the directory the dialog returns: an object, a link (the target's bytes under
// the link's name, "via link → target"), a folder recursively with its structure; a second
// download of the same object never overwrites: "name (1).ext". Open downloads to the cache and
// asks the OS to open it (recorded by the host).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../../fixtures';
import { openRowMenu, selectRows } from '../../helpers/actions';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { contextMenu, objectRow } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { transferRow } from '../../helpers/transfers';

for (const provider of ['oss', 'bos'] as const) {
  test(`${provider.toUpperCase()}: Download… of an object and a link writes their bytes; a second download becomes "name (1)"`, async ({ app }, testInfo) => {
    const { page } = app;
    const dir = join(testInfo.outputDir, 'downloads');
    const readme = `Welcome to the Symbucket ${provider.toUpperCase()} demo bucket.\n`;
    await openBucket(page, DEMO_BUCKETS[provider]);
    // BOS listings do not mark links: wait until the row is resolved as one.
    await expect(objectRow(page, 'latest-report.pdf')).toContainText('docs/reports/2026/q3.pdf');
    await selectRows(page, ['readme.txt', 'latest-report.pdf']);
    await app.answerDialogs({ saveDirectory: dir });
    await page.getByRole('button', { name: 'Download…', exact: true }).click();

    await expect(transferRow(page, 'readme.txt')).toContainText('Done');
    const link = transferRow(page, 'latest-report.pdf');
    await expect(link).toContainText('Done');
    await expect(link).toContainText('via link → docs/reports/2026/q3.pdf');
    expect(await readFile(join(dir, 'readme.txt'), 'utf8')).toBe(readme);
    const q3 = await readFile(join(dir, 'latest-report.pdf'));
    expect(q3.length).toBe(2048 + '3'.charCodeAt(0) * 97);

    await app.answerDialogs({ saveDirectory: dir });
    const menu = await openRowMenu(page, 'readme.txt');
    await menu.getByRole('menuitem', { name: 'Download…', exact: true }).click();
    await expect(transferRow(page, 'readme (1).txt')).toContainText('Done');
    expect(await readFile(join(dir, 'readme (1).txt'), 'utf8')).toBe(readme);
  });
}

test('Download… of a folder keeps its structure, recursively', async ({ app }, testInfo) => {
  const { page } = app;
  const dir = join(testInfo.outputDir, 'folder-download');
  await openBucket(page, DEMO_BUCKETS.bos);
  await app.answerDialogs({ saveDirectory: dir });
  const menu = await openRowMenu(page, 'docs/');
  await menu.getByRole('menuitem', { name: 'Download…', exact: true }).click();
  await expect(transferRow(page, 'summary.csv')).toContainText('Done');
  await expect(transferRow(page, 'q4.pdf')).toContainText('Done');
  expect(await readFile(join(dir, 'docs', 'reports', 'summary.csv'), 'utf8')).toBe('quarter,revenue\nq1,100\nq2,120\nq3,150\nq4,170\n');
  expect((await readdir(join(dir, 'docs', 'reports', '2026'))).sort()).toEqual(['q1.pdf', 'q2.pdf', 'q3.pdf', 'q4.pdf']);
});

test('Open downloads a plain object to the cache and hands it to the OS', async ({ app }) => {
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openRowMenu(page, 'data.json');
  await contextMenu(page).getByRole('menuitem', { name: 'Open', exact: true }).click();
  await expect(transferRow(page, 'data.json')).toContainText('Done');
  await expect.poll(() => app.openedPaths()).toHaveLength(1);
  const [opened] = await app.openedPaths();
  expect(opened).toMatch(/open-cache.*data\.json$/);
  expect(JSON.parse(await readFile(opened!, 'utf8'))).toBeTruthy();

  await objectRow(page, 'index.html').dblclick();
  await expect.poll(() => app.openedPaths()).toHaveLength(2);
});
