// Drag to link: dropping selected rows on a folder row asks for confirmation, listing each
// link (name -> target), then creates them; the new links are in the folder.
import { test, expect } from '../../fixtures';
import { selectRows } from '../../helpers/actions';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { objectRow } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

const cases = [
  { title: 'one row', bucket: DEMO_BUCKETS.oss, sources: ['readme.txt'], folder: 'docs' },
  { title: 'three rows', bucket: DEMO_BUCKETS.oss, sources: ['data.json', 'index.html', 'readme.txt'], folder: 'logs' },
  { title: 'three BOS rows', bucket: DEMO_BUCKETS.bos, sources: ['data.json', 'index.html', 'readme.txt'], folder: 'media' },
] as const;

for (const { title, bucket, sources, folder } of cases) {
  test(`dragging ${title} onto a folder creates links there after confirmation`, async ({ app }) => {
    const { page } = app;
    await openBucket(page, bucket);
    await selectRows(page, sources);
    for (const name of sources) await expect(objectRow(page, name)).toHaveAttribute('aria-selected', 'true');

    await objectRow(page, sources[0]).dragTo(objectRow(page, `${folder}/`));

    const confirm = page.getByRole('dialog', { name: /^Create \d+ links?$/ });
    await expect(confirm).toBeVisible();
    const plan = confirm.getByRole('listitem');
    await expect(plan).toHaveCount(sources.length);
    for (const name of sources) await expect(plan.filter({ hasText: name }).first()).toContainText(name);
    await expect(confirm).toContainText(`${bucket}/${folder}/`);

    await confirm.getByRole('button', { name: /^Create( \d+)? links?$/ }).click();
    await expect(confirm.getByRole('status')).toContainText(`Created ${sources.length}`);
    await confirm.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(confirm).toBeHidden();

    await openFolder(page, folder);
    for (const name of sources) await expect(objectRow(page, name)).toContainText(name, { timeout: 15_000 });
    for (const name of sources) await expect(objectRow(page, name).getByRole('gridcell').last()).toHaveText(new RegExp(`^${name.replace('.', '\\.')}`));
  });
}
