/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, setupApp } from '../../test/render-app';

const panel = () => screen.findByRole('complementary', { name: 'Properties' });
const valueOf = (region: HTMLElement, label: string) => within(region).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('Properties panel', () => {
  it('opens from the context menu on an object: key, size, ETag, type, class, ACL, metadata and every HEAD header (collapsed)', async () => {
    const { user, fake } = setupApp();
    fake.bucket('demo-oss').set('readme.txt', { ...fake.bucket('demo-oss').get('readme.txt')!, meta: { owner: 'alice' } });
    const grid = await openBucket(user, 'demo-oss');
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: 'readme.txt' }), { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: 'Properties' }));
    const region = await panel();
    await within(region).findByText('Key', { selector: 'dt' });
    expect(valueOf(region, 'Key')).toBe('readme.txt');
    expect(valueOf(region, 'Size')).toBe('120 B');
    expect(valueOf(region, 'Object type')).toBe('Normal');
    expect(valueOf(region, 'Storage class')).toBe('Standard');
    expect(valueOf(region, 'ACL')).toBe('Inherited from the bucket');
    expect(valueOf(region, 'owner')).toBe('alice');
    const headers = within(region).getByText('Response headers (4)').closest('details')!;
    expect(headers.open).toBe(false);
    expect(within(headers).getByText('content-length', { selector: 'dt' })).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Reveal target' })).toBeNull();
  });

  it('for a BOS cross-bucket link: its own facts, target bucket/key, state, the target\'s size; Reveal target goes there', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    await user.click(await within(grid).findByRole('row', { name: /^media-link/ }));
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    const region = await panel();
    await within(region).findByText('Points to', { selector: 'dt' });
    expect(valueOf(region, 'Object type')).toBe('Symlink');
    expect(valueOf(region, 'Points to')).toBe('demo-bos-media/videos/intro.mp4');
    expect(valueOf(region, 'State')).toBe('OK');
    expect(valueOf(region, 'Target size')).toMatch(/^83\.9 MB/);
    await user.click(within(region).getByRole('button', { name: 'Reveal target' }));
    expect(await screen.findByRole('grid', { name: 'Objects' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('row', { name: /^intro\.mp4/ }).getAttribute('aria-selected')).toBe('true'));
    // The panel follows the cursor row: now the target itself.
    await waitFor(() => expect(valueOf(screen.getByRole('complementary', { name: 'Properties' }), 'Key')).toBe('videos/intro.mp4'));
  });

  it('says a broken link is broken, with HEAD\'s answer', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    await user.click(await within(grid).findByRole('row', { name: /^broken/ }));
    await user.click(screen.getByRole('button', { name: 'Properties' }));
    const region = await panel();
    await within(region).findByText('State', { selector: 'dt' });
    expect(valueOf(region, 'State')).toBe('Broken');
    expect(within(region).getByText('HEAD answered: SymlinkTargetNotExist')).toBeTruthy();
  });

  it('Escape closes it and focus returns to the grid row', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const row = await within(grid).findByRole('row', { name: 'readme.txt' });
    await user.click(row);
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    const region = await panel();
    await waitFor(() => expect(region.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Properties' })).toBeNull();
    expect(document.activeElement?.getAttribute('data-key')).toBe('readme.txt');
  });

  it('for a folder: its prefix and Count size (recursive, through main)', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: 'docs/' }), { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: 'Properties' }));
    const region = await panel();
    expect(valueOf(region, 'Prefix')).toBe('docs/');
    await user.click(within(region).getByRole('button', { name: 'Count size' }));
    expect(await within(region).findByText(/objects and .* links, .* in all\./)).toBeTruthy();
    expect(fake.callsOf('countKeys').map((c) => (c as { keys: string[] }).keys)).toEqual([['docs/']]);
  });

  it('at the bucket root: the bucket, and Count size counts the whole bucket (the key "")', async () => {
    const { user, fake } = setupApp();
    await openBucket(user, 'demo-oss');
    await user.click(screen.getByRole('button', { name: 'Properties' }));
    const region = await panel();
    expect(valueOf(region, 'Bucket')).toBe('demo-oss');
    await user.click(within(region).getByRole('button', { name: 'Count size' }));
    const all = [...fake.bucket('demo-oss').keys()];
    const links = all.filter((k) => fake.bucket('demo-oss').get(k)?.target !== undefined).length;
    expect(await within(region).findByText(new RegExp(`^${all.length - links} objects and ${links} links, .* in all\\.$`))).toBeTruthy();
    expect(fake.callsOf('countKeys').map((c) => (c as { keys: string[] }).keys)).toEqual([['']]);
  });

  it('opens from the app menu (File > Properties) for the cursor row', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    fake.emit('menu.command', { command: 'properties' });
    const region = await panel();
    await within(region).findByText('Key', { selector: 'dt' });
    expect(valueOf(region, 'Key')).toBe('readme.txt');
  });

  it('is a zh-CN region too', async () => {
    const { user } = setupApp({}, { language: 'zh-CN' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    const grid = await screen.findByRole('grid', { name: '对象' });
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: 'readme.txt' }), { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: '属性' }));
    const region = await screen.findByRole('complementary', { name: '属性' });
    expect(await within(region).findByText('对象类型', { selector: 'dt' })).toBeTruthy();
  });
});

describe('Edit metadata…', () => {
  it('prefills the current metadata, checks the Create link rules and saves through main', async () => {
    const { user, fake } = setupApp();
    fake.bucket('demo-oss').set('readme.txt', { ...fake.bucket('demo-oss').get('readme.txt')!, meta: { owner: 'alice' } });
    const grid = await openBucket(user, 'demo-oss');
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: 'readme.txt' }), { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: 'Edit metadata…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit metadata of “readme.txt”' });
    const name = await within(dialog).findByRole('textbox', { name: 'Metadata name 1' });
    expect((name as HTMLInputElement).value).toBe('owner');
    await user.clear(name);
    await user.type(name, 'bad_name');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Metadata name “bad_name” may use only letters, digits and “-”.')).toBeTruthy();
    expect(fake.callsOf('editMetadata')).toEqual([]);
    await user.clear(name);
    await user.type(name, 'team');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('editMetadata')).toEqual([{ profileId: 'local-demo', bucket: 'demo-oss', key: 'readme.txt', meta: { team: 'alice' } }]);
  });
});
