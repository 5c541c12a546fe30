/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

/** The row's aria-describedby text (its accessible description). */
const descriptionOf = (row: HTMLElement): string =>
  (row.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('first run and browsing', () => {
  it('selects the local demo profile and lists its buckets as treeitems', async () => {
    setupApp();
    for (const name of ['demo-oss', 'demo-archive', 'demo-bos', 'demo-bos-media']) {
      expect(await screen.findByRole('treeitem', { name })).toBeTruthy();
    }
    expect((screen.getByLabelText('Profile') as HTMLSelectElement).value).toBe('local-demo');
    expect(screen.getByText('Choose a bucket')).toBeTruthy();
  });

  it('on a first run offers "Add account" in the sidebar and on the start page, opening the new-profile form', async () => {
    const { user } = setupApp();
    const buttons = await screen.findAllByRole('button', { name: 'Add account' });
    expect(buttons).toHaveLength(2);
    expect(within(screen.getByRole('complementary', { name: 'Profiles and buckets' })).getByRole('button', { name: 'Add account' })).toBeTruthy();
    await user.click(buttons[1] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
    expect(within(dialog).getByRole('button', { name: 'Add profile' }).getAttribute('aria-pressed')).toBe('true');
    expect((within(dialog).getByLabelText('Profile name') as HTMLInputElement).value).toBe('');
  });

  it('offers no "Add account" once the user has a profile of their own', async () => {
    setupApp({ extraProfiles: [{ id: 'work', name: 'Work', provider: 'oss', endpoint: '', region: 'cn-hangzhou', addressing: 'virtual-host', signatureVersion: 'v4', accessKeyId: 'AK', hasSecret: true, insecureStorage: false }] });
    expect(await screen.findByRole('treeitem', { name: 'demo-oss' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add account' })).toBeNull();
  });

  it('shows a grid named Objects with rows named by their last path segment, folders first and ending in /', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
    expect(rowNames(grid)).toEqual(['docs/', 'images/', 'links/', 'long-names/', 'readme.txt']);
    expect(grid.getAttribute('aria-rowcount')).toBe('6');
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Size', 'Last modified', 'Storage class', 'Link target']);
    expect(screen.getByRole('status').textContent).toContain('5 items');
  });

  it('opens folders, updates the Path breadcrumb, and goes back through a segment', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await waitFor(() => expect(rowNames(grid)).toEqual(['archive/', 'guide.pdf', 'latest.pdf', 'readme.md']));
    const path = screen.getByRole('navigation', { name: 'Path' });
    expect(within(path).getAllByRole('button').map((b) => b.textContent)).toEqual(['demo-oss', 'docs']);
    await user.click(within(path).getByRole('button', { name: 'demo-oss' }));
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
  });

  it('shows link targets and badges once visible link rows resolve', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    const broken = await within(grid).findByRole('row', { name: 'broken' });
    await waitFor(() => expect(within(broken).getByText('docs/missing.pdf')).toBeTruthy());
    expect(within(broken).getByText('Broken').getAttribute('title')).toMatch(/does not exist/);
    const chain = within(grid).getByRole('row', { name: 'chain' });
    expect(within(chain).getByText('Chain')).toBeTruthy();
    const resolved = fake.callsOf('resolveLinks') as { rows: { key: string }[] }[];
    expect(resolved.flatMap((c) => c.rows.map((r) => r.key)).sort()).toEqual(['links/broken', 'links/chain', 'links/to-guide']);
  });

  it('describes link rows by kind and target while their names stay the object names', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    const broken = await within(grid).findByRole('row', { name: 'broken' });
    await waitFor(() => expect(descriptionOf(broken)).toBe('link to docs/missing.pdf (Broken)'));
    expect(descriptionOf(within(grid).getByRole('row', { name: 'to-guide' }))).toBe('link to docs/guide.pdf');
    expect(rowNames(grid)).toEqual(['broken', 'chain', 'to-guide']);
    await user.click(within(screen.getByRole('navigation', { name: 'Path' })).getByRole('button', { name: 'demo-oss' }));
    expect(descriptionOf(await within(grid).findByRole('row', { name: 'readme.txt' }))).toBe('');
  });

  it('resolves plain BOS rows too, since BOS listings carry no type', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    const link = await within(grid).findByRole('row', { name: 'media-link' });
    await waitFor(() => expect(within(link).getByText('demo-bos-media/videos/intro.mp4')).toBeTruthy());
    expect(link.className).toContain('is-link');
  });

  it('shows an empty-bucket state', async () => {
    const { user } = setupApp();
    await openBucket(user, 'demo-archive');
    expect(await screen.findByText('This bucket is empty')).toBeTruthy();
  });

  it('shows a localized error with Retry when listing fails', async () => {
    const { user, fake } = setupApp({ failListing: 'ACCESS_DENIED' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    expect(await screen.findByText('You do not have permission to do this.')).toBeTruthy();
    const before = fake.callsOf('listObjects').length;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(fake.callsOf('listObjects').length).toBe(before + 1));
  });

  it('keeps the provider detail of an error behind Details, with Copy details', async () => {
    const details = { provider: 'oss', providerCode: 'AccessDenied', status: '403', requestId: 'REQ-5F2A' };
    const { user, clipboard } = setupApp({ failListing: 'ACCESS_DENIED', failListingDetails: details });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    const toggle = await screen.findByRole('button', { name: 'Details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('REQ-5F2A')).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Request ID').nextElementSibling?.textContent).toBe('REQ-5F2A');
    expect(screen.getByText('Provider error code').nextElementSibling?.textContent).toBe('AccessDenied');
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(clipboard.writeText).toHaveBeenCalledWith(
      'You do not have permission to do this.\ncode: ACCESS_DENIED\nprovider: oss\nproviderCode: AccessDenied\nstatus: 403\nrequestId: REQ-5F2A',
    );
  });

  it('asks main once for a failing listing (main does the retrying) and offers Retry at once', async () => {
    const { user, fake } = setupApp({ failListing: 'NETWORK' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    expect(await screen.findByRole('button', { name: 'Retry' }, { timeout: 500 })).toBeTruthy();
    expect(fake.callsOf('listObjects')).toHaveLength(1);
  });

  it('shows an empty state with an add button when there are no profiles', async () => {
    setupApp({ noProfiles: true });
    expect(await screen.findByText('No profiles yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add profile' })).toBeTruthy();
  });

  it('shows an unknown target instead of resolving forever when resolution fails', async () => {
    const { user } = setupApp({ failResolve: 'ACCESS_DENIED' });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    const row = await within(grid).findByRole('row', { name: 'to-guide' });
    await waitFor(() => expect(within(row).getByText('Unknown').getAttribute('title')).toBe('The target could not be checked.'));
  });

  it('refreshes the listing when main says the folder changed', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
    fake.put('demo-oss', 'new.txt');
    fake.emit('objects.changed', { profileId: 'local-demo', bucket: 'demo-oss', prefix: '' });
    await waitFor(() => expect(rowNames(grid)).toContain('new.txt'));
  });

  it('runs application-menu commands on the selection', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    fake.emit('menu.command', { command: 'createLink' });
    const dialog = await screen.findByRole('dialog', { name: 'Create link' });
    expect((within(dialog).getByRole('textbox', { name: 'Target' }) as HTMLInputElement).value).toBe('readme.txt');
  });
});
