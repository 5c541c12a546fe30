/** @vitest-environment jsdom */
// Find links to this and the delete / rename / move warnings, against the fake api (whose links
// answer from its data as main's reverse index would after a scan).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, setupApp } from '../../test/render-app';

async function menuItem(grid: HTMLElement, row: string, item: string) {
  fireEvent.contextMenu(await within(grid).findByRole('row', { name: row }), { clientX: 50, clientY: 50 });
  await screen.findByRole('menu');
  return screen.getByRole('menuitem', { name: item });
}

describe('Find links to this', () => {
  it('lists the links that target an object, with Reveal opening the link in its folder', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await user.click(await menuItem(grid, 'guide.pdf', 'Find links to this'));
    const region = await screen.findByRole('region', { name: 'Links to guide.pdf' });
    const table = await within(region).findByRole('table', { name: 'Links found' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.getAttribute('aria-label'))).toEqual(['docs/latest.pdf', 'links/to-guide']);
    // All found in the scanned bucket: no bucket column, the key gets the width.
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Link', 'State', 'Actions']);
    expect(within(region).getByText(/^2 links point to guide.pdf \(\d+ objects scanned in demo-oss\)\.$/)).toBeTruthy();
    expect(fake.callsOf('findLinksTo')).toEqual([expect.objectContaining({ bucket: 'demo-oss', key: 'docs/guide.pdf', prefix: '', otherBuckets: [] })]);
    await user.click(within(region).getByRole('button', { name: 'Reveal links/to-guide' }));
    await waitFor(() => expect(within(grid).getByRole('row', { name: 'to-guide' }).getAttribute('aria-selected')).toBe('true'));
  });

  it('on BOS offers the same-region buckets and scans a chosen prefix', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-bos-media');
    await openFolder(user, 'videos/');
    await user.click(await menuItem(grid, 'intro.mp4', 'Find links to this'));
    const region = await screen.findByRole('region', { name: 'Links to intro.mp4' });
    await user.click(await within(region).findByRole('checkbox', { name: 'demo-bos' }));
    await user.type(within(region).getByRole('textbox'), 'videos/');
    await user.click(within(region).getByRole('button', { name: 'Scan' }));
    await waitFor(() => expect(fake.callsOf('findLinksTo').at(-1)).toMatchObject({ prefix: 'videos/', otherBuckets: ['demo-bos'] }));
    const row = await within(region).findByRole('row', { name: 'media-link' });
    // A link found in another bucket: the bucket column is there and names it.
    expect(within(within(region).getByRole('table', { name: 'Links found' })).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Link', 'Bucket', 'State', 'Actions']);
    expect(within(row).getByText('demo-bos')).toBeTruthy();
  });
});

async function openDocs(): Promise<{ user: ReturnType<typeof setupApp>['user']; grid: HTMLElement }> {
  const { user } = setupApp();
  const grid = await openBucket(user, 'demo-oss');
  await openFolder(user, 'docs/');
  return { user, grid };
}

/** docs/guide.pdf and docs/latest.pdf selected (click, Ctrl+click): two link targets. */
async function selectGuideAndLatest(user: ReturnType<typeof setupApp>['user'], grid: HTMLElement): Promise<void> {
  await user.click(within(grid).getByRole('row', { name: 'guide.pdf' }));
  await user.keyboard('{Control>}');
  await user.click(within(grid).getByRole('row', { name: 'latest.pdf' }));
  await user.keyboard('{/Control}');
}

describe('safe deletes, renames and moves', () => {
  it('deleting a link target says how many links will break, never the link-only note; Find links to this opens the report', async () => {
    const { user, grid } = await openDocs();
    await user.click(await menuItem(grid, 'guide.pdf', 'Delete…'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete' });
    expect(await within(dialog).findByText('2 links point to guide.pdf and will break')).toBeTruthy();
    await within(dialog).findByRole('button', { name: 'Delete' });
    await waitFor(() => expect(within(dialog).queryByText(/objects, .* links/)).toBeTruthy());
    expect(within(dialog).queryByText(/removes only the link|Only the link/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Find links to this' }));
    expect(await screen.findByRole('region', { name: 'Links to guide.pdf' })).toBeTruthy();
  });

  it('deleting a link says only the link is removed, and no link breaks (the chain aside)', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    await user.click(await menuItem(grid, 'to-guide', 'Delete…'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete' });
    expect(await within(dialog).findByText('Only the link is removed; its target stays.')).toBeTruthy();
    expect(within(dialog).queryByText(/will break/)).toBeNull();
  });

  it('a link and its target deleted together: the link goes with it and is not counted', async () => {
    const { user, grid } = await openDocs();
    await selectGuideAndLatest(user, grid);
    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('dialog', { name: 'Delete' });
    expect(await within(dialog).findByText('1 link points to guide.pdf and will break')).toBeTruthy();
    expect(await within(dialog).findByText('1 link points to latest.pdf and will break')).toBeTruthy(); // links/chain
  });

  it('several targets selected: a Find links to this button per warned target, described by its line, opening that target\'s report', async () => {
    const { user, grid } = await openDocs();
    await selectGuideAndLatest(user, grid);
    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('dialog', { name: 'Delete' });
    await within(dialog).findByText('1 link points to latest.pdf and will break');
    const buttons = within(dialog).getAllByRole('button', { name: 'Find links to this' });
    expect(buttons).toHaveLength(2);
    within(dialog).getByRole('button', { name: 'Find links to this', description: '1 link points to guide.pdf and will break' });
    await user.click(within(dialog).getByRole('button', { name: 'Find links to this', description: '1 link points to latest.pdf and will break' }));
    expect(await screen.findByRole('region', { name: 'Links to latest.pdf' })).toBeTruthy();
  });

  it('moving several targets: a Find links to this button per warned target', async () => {
    const { user, grid } = await openDocs();
    await selectGuideAndLatest(user, grid);
    await user.click(await menuItem(grid, 'guide.pdf', 'Move to…'));
    const move = await screen.findByRole('dialog', { name: 'Move to' });
    await within(move).findByText('2 links point to guide.pdf and will break');
    await user.click(within(move).getByRole('button', { name: 'Find links to this', description: '2 links point to guide.pdf and will break' }));
    expect(await screen.findByRole('region', { name: 'Links to guide.pdf' })).toBeTruthy();
  });

  it('renaming and moving a target warn too', async () => {
    const { user, grid } = await openDocs();
    await user.click(await menuItem(grid, 'guide.pdf', 'Rename…'));
    const rename = await screen.findByRole('dialog', { name: 'Rename' });
    expect(await within(rename).findByText('2 links point to guide.pdf and will break')).toBeTruthy();
    await user.click(within(rename).getByRole('button', { name: 'Cancel' }));
    await user.click(await menuItem(grid, 'guide.pdf', 'Move to…'));
    const move = await screen.findByRole('dialog', { name: 'Move to' });
    expect(await within(move).findByText('2 links point to guide.pdf and will break')).toBeTruthy();
  });
});

describe('Properties: links pointing here', () => {
  it('says how many known links point here, or "Not scanned yet" with Scan opening Find links to this', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await user.click(await menuItem(grid, 'guide.pdf', 'Properties'));
    const panel = await screen.findByRole('complementary', { name: 'Properties' });
    expect(await within(panel).findByText(/^2 links point here \(as of .+\)$/)).toBeTruthy();
    expect(fake.callsOf('knownLinksTo').at(-1)).toEqual({ profileId: expect.any(String), bucket: 'demo-oss', key: 'docs/guide.pdf' });

    await user.click(await menuItem(grid, 'readme.md', 'Properties'));
    await within(panel).findByText(/^Not scanned yet/);
    await user.click(within(panel).getByRole('button', { name: 'Scan' }));
    expect(await screen.findByRole('region', { name: 'Links to readme.md' })).toBeTruthy();
  });
});
