// Drag to link: dropping selected rows on a folder row, a breadcrumb segment or a sidebar
// bucket asks for confirmation, listing each link (name -> target), then creates them.
import type { Locator, Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { selectRows } from '../../helpers/actions';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { bucketEntry, escapeRegExp, objectRow, pathBar } from '../../helpers/locators';
import { openBucket, openFolder, openPath } from '../../helpers/navigate';

/** Drags the selected `sources` onto `dropTarget`, checks the plan and confirms it. */
async function dragAndConfirm(page: Page, sources: readonly string[], dropTarget: Locator, plan: { location: string; targets: string[] }): Promise<void> {
  await selectRows(page, sources);
  for (const name of sources) await expect(objectRow(page, name)).toHaveAttribute('aria-selected', 'true');
  await objectRow(page, sources[0]!).dragTo(dropTarget);

  const confirm = page.getByRole('dialog', { name: /^Create \d+ links?$/ });
  await expect(confirm).toContainText(plan.location);
  const items = confirm.getByRole('listitem');
  await expect(items).toHaveCount(sources.length);
  for (const [index, name] of sources.entries()) {
    await expect(items.filter({ hasText: name }).first()).toContainText(plan.targets[index]!);
  }
  await confirm.getByRole('button', { name: /^Create( \d+)? links?$/ }).click();
  await expect(confirm.getByRole('status')).toContainText(`Created ${sources.length}`);
  await confirm.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(confirm).toBeHidden();
}

/** Each row is now a link whose link-target cell starts with its target. */
async function expectLinks(page: Page, names: readonly string[], targets: readonly string[]): Promise<void> {
  for (const [index, name] of names.entries()) {
    await expect(objectRow(page, name).getByRole('gridcell').last()).toHaveText(new RegExp(`^${escapeRegExp(targets[index]!)}`));
  }
}

const folderCases = [
  { title: 'one row', bucket: DEMO_BUCKETS.oss, sources: ['readme.txt'], folder: 'docs' },
  { title: 'three rows', bucket: DEMO_BUCKETS.oss, sources: ['data.json', 'index.html', 'readme.txt'], folder: 'logs' },
  { title: 'three BOS rows', bucket: DEMO_BUCKETS.bos, sources: ['data.json', 'index.html', 'readme.txt'], folder: 'media' },
] as const;

for (const { title, bucket, sources, folder } of folderCases) {
  test(`dragging ${title} onto a folder creates links there after confirmation`, async ({ app }) => {
    const { page } = app;
    await openBucket(page, bucket);
    await dragAndConfirm(page, sources, objectRow(page, `${folder}/`), { location: `${bucket}/${folder}/`, targets: [...sources] });
    await openFolder(page, folder);
    await expectLinks(page, sources, sources);
  });
}

test('dragging onto a breadcrumb segment links into that folder', async ({ app }) => {
  const { page } = app;
  await openPath(page, { bucket: DEMO_BUCKETS.oss, folders: ['docs', 'reports'] });
  const crumb = pathBar(page).getByRole('button', { name: 'docs', exact: true });
  await dragAndConfirm(page, ['summary.csv'], crumb, { location: `${DEMO_BUCKETS.oss}/docs/`, targets: ['docs/reports/summary.csv'] });
  await crumb.click();
  await expectLinks(page, ['summary.csv'], ['docs/reports/summary.csv']);
});

test('dragging BOS rows onto another bucket in the sidebar creates cross-bucket links', async ({ app }) => {
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.bos);
  const sources = ['data.json', 'readme.txt'];
  const targets = sources.map((name) => `${DEMO_BUCKETS.bos}/${name}`);
  await dragAndConfirm(page, sources, bucketEntry(page, DEMO_BUCKETS.bosMedia), { location: `${DEMO_BUCKETS.bosMedia}/`, targets });
  await openBucket(page, DEMO_BUCKETS.bosMedia);
  await expectLinks(page, sources, targets);
});
