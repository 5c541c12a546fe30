// Properties and Edit metadata… (issue 8): the Properties panel of an object and of a BOS
// cross-bucket link (its own facts, its target bucket/key, state and the target's size, Reveal
// target), and Edit metadata… of a link, seen afterwards by the vendor SDKs (ali-oss,
// @baiducloud/sdk) behind the app's back: the same target, the new metadata on HEAD.
import { test, expect } from '../../fixtures';
import { aliOss, bosSdk } from '../../../emulator/test-oracles';
import { openRowMenu } from '../../helpers/actions';
import { DEMO_BUCKETS, demoLink, foldersOf, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid, pathBar } from '../../helpers/locators';
import { openBucket, openPath } from '../../helpers/navigate';
import { openProperties, propertiesPanel, propertyValue } from '../../helpers/properties';
import { useOwnEmulator } from '../../helpers/own-emulator';

const emulator = useOwnEmulator({ seed: 'demo' });

test('Properties of an object: key, size, type, storage class, metadata and the HEAD headers, collapsed', async ({ launch }) => {
  const { page } = await launch({ emulator: emulator() });
  await openPath(page, { bucket: DEMO_BUCKETS.oss, folders: ['docs'] });
  await (await openRowMenu(page, 'guide.md')).getByRole('menuitem', { name: 'Properties', exact: true }).click();
  const panel = propertiesPanel(page);
  await expect(propertyValue(panel, 'Key')).toHaveText('docs/guide.md');
  await expect(propertyValue(panel, 'Content type')).toHaveText('text/markdown');
  await expect(propertyValue(panel, 'Object type')).toHaveText('Normal');
  await expect(propertyValue(panel, 'Storage class')).toHaveText('Standard');
  await expect(propertyValue(panel, 'ETag')).not.toHaveText('');
  const headers = panel.locator('details', { hasText: 'Response headers' });
  await expect(headers).not.toHaveAttribute('open', '');
  await expect(propertyValue(headers, 'x-oss-object-type')).toBeHidden();
  await headers.locator('summary').click();
  await expect(propertyValue(headers, 'x-oss-object-type')).toHaveText('Normal');
  await expect(propertyValue(headers, 'content-type')).toHaveText('text/markdown');
  // No link, no Reveal target.
  await expect(panel.getByRole('button', { name: 'Reveal target', exact: true })).toHaveCount(0);
  // Escape closes the panel; focus is back on the grid.
  await panel.getByRole('button', { name: 'Edit metadata…', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(objectsGrid(page).locator(':focus')).toHaveCount(1);
});

test('Count size at the bucket root counts the whole bucket, as ali-oss lists it', async ({ launch }) => {
  const { page } = await launch({ emulator: emulator() });
  await openBucket(page, DEMO_BUCKETS.oss);
  await page.getByRole('button', { name: 'Properties', exact: true }).click();
  const panel = propertiesPanel(page);
  await expect(propertyValue(panel, 'Bucket')).toHaveText(DEMO_BUCKETS.oss);
  const { oss, accessKeyId, accessKeySecret } = emulator();
  const ali = aliOss({ endpoint: oss, region: 'oss-cn-hangzhou', accessKeyId, accessKeySecret, bucket: DEMO_BUCKETS.oss });
  const listed: { type: string }[] = [];
  let token: string | null = null;
  do {
    const r: Awaited<ReturnType<typeof ali.listV2>> = await ali.listV2({ 'max-keys': 1000, ...(token !== null && { 'continuation-token': token }) });
    listed.push(...(r.objects ?? []));
    token = r.isTruncated ? r.nextContinuationToken : null;
  } while (token !== null);
  const links = listed.filter((o) => o.type === 'Symlink').length;
  const n = new Intl.NumberFormat('en');
  await panel.getByRole('button', { name: 'Count size', exact: true }).click();
  await expect(panel.getByText(new RegExp(`^${n.format(listed.length - links)} objects and ${n.format(links)} links, .+ in all\\.$`))).toBeVisible();
});

test('Properties of a BOS cross-bucket link: its target bucket/key, state and the target\'s facts; Reveal target goes there', async ({ launch }) => {
  const { page } = await launch({ emulator: emulator() });
  const link = demoLink({ provider: 'bos', crossBucket: true, key: 'intro-video.mp4' });
  await openBucket(page, link.bucket);
  // BOS listings do not mark links: wait until the row is known as one.
  await expect(objectRow(page, link.key)).toContainText(`${link.targetBucket}/${link.target}`);
  await openProperties(page, link.key);
  const panel = propertiesPanel(page);
  await expect(propertyValue(panel, 'Object type')).toHaveText('Symlink');
  await expect(propertyValue(panel, 'Points to')).toHaveText(`${link.targetBucket}/${link.target}`);
  await expect(propertyValue(panel, 'State')).toHaveText('OK');
  // The link's own size is its target's name; the target (videos/intro.mp4) is 256 KB.
  await expect(propertyValue(panel, 'Link size')).toHaveText('16 B');
  await expect(propertyValue(panel, 'Target size')).toHaveText('256 KB (262,144 B)');
  await expect(propertyValue(panel, 'Target type')).toHaveText('video/mp4');
  await expect(propertyValue(panel, 'created-by')).toHaveText('symbucket-demo');
  await panel.getByRole('button', { name: 'Reveal target', exact: true }).click();
  await expect(pathBar(page)).toContainText(link.targetBucket!);
  for (const folder of foldersOf(link.target)) await expect(pathBar(page)).toContainText(folder);
  await expect(objectRow(page, lastSegment(link.target))).toHaveAttribute('aria-selected', 'true');
  // The panel now shows the revealed target itself.
  await expect(propertyValue(panel, 'Key')).toHaveText(link.target);
});

for (const provider of ['oss', 'bos'] as const) {
  test(`Edit metadata… of a ${provider.toUpperCase()} link keeps its target; ${provider === 'oss' ? 'ali-oss' : '@baiducloud/sdk'} sees the new metadata`, async ({ launch }) => {
    const { page } = await launch({ emulator: emulator() });
    const link = demoLink({ provider, key: 'latest-report.pdf' });
    await openBucket(page, link.bucket);
    await expect(objectRow(page, link.key)).toContainText(link.target);
    await (await openRowMenu(page, link.key)).getByRole('menuitem', { name: 'Edit metadata…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit metadata of “${link.key}”` });
    // The demo links carry created-by: it is there to keep or change.
    await expect(dialog.getByRole('textbox', { name: 'Metadata name 1' })).toHaveValue('created-by');
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await dialog.getByRole('textbox', { name: 'Metadata name 2' }).fill('Reviewed-By');
    await dialog.getByRole('textbox', { name: 'Metadata value 2' }).fill('e2e team');
    await dialog.getByRole('button', { name: 'Remove metadata row 1' }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();

    const { oss, bos, accessKeyId, accessKeySecret } = emulator();
    if (provider === 'oss') {
      const ali = aliOss({ endpoint: oss, region: 'oss-cn-hangzhou', accessKeyId, accessKeySecret, bucket: link.bucket });
      expect((await ali.getSymlink(link.key)).targetName).toBe(link.target);
      const head = await ali.head(link.key);
      expect(head.meta).toEqual({ 'reviewed-by': 'e2e team' });
      expect(head.res.headers['x-oss-object-type']).toBe('Symlink');
    } else {
      const bce = bosSdk(bos, accessKeyId, accessKeySecret);
      expect(decodeURIComponent((await bce.getSymlink(link.bucket, link.key)).http_headers['x-bce-symlink-target']!)).toBe(link.target);
      const head = (await bce.getObjectMetadata(link.bucket, link.key)).http_headers;
      expect(head['x-bce-meta-reviewed-by']).toBe('e2e team');
      expect(head['x-bce-meta-created-by']).toBeUndefined();
      expect(head['x-bce-object-type']).toBe('Symlink');
    }
    // The panel reads it back too.
    await openProperties(page, link.key);
    await expect(propertyValue(propertiesPanel(page), 'reviewed-by')).toHaveText('e2e team');
  });
}
