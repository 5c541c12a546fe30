/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

async function menuCommand(grid: HTMLElement, row: string, item: string) {
  fireEvent.contextMenu(await within(grid).findByRole('row', { name: row }), { clientX: 50, clientY: 50 });
  fireEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: item }));
}

describe('operations dialogs', () => {
  it('New folder validates the name beside the field, then creates it and refetches once from objects.changed', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(screen.getByRole('button', { name: 'New folder…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New folder' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'a/b{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe('A name cannot contain “/”.');
    expect(fake.callsOf('newFolder')).toEqual([]);
    const listingsBefore = fake.callsOf('listObjects').length;
    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'fresh{Enter}');
    await waitFor(() => expect(rowNames(grid)).toContain('fresh/'));
    expect(fake.callsOf('newFolder')).toEqual([{ profileId: 'local-demo', bucket: 'demo-oss', prefix: '', name: 'fresh' }]);
    // One write, one event, one refetch of this listing (the dialog itself invalidates nothing).
    await waitFor(() => expect(fake.callsOf('listObjects').length).toBe(listingsBefore + 1));
  });

  it('Rename asks before replacing an existing name, then replaces', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await menuCommand(grid, 'readme.md', 'Rename…');
    const dialog = await screen.findByRole('dialog', { name: 'Rename' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'guide.pdf{Enter}');
    expect((await within(dialog).findByText('“guide.pdf” already exists. Replace it?')).textContent).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('copyObjects').map((c) => (c as { overwrite: boolean }).overwrite)).toEqual([false, true]);
    await waitFor(() => expect(rowNames(grid)).not.toContain('readme.md'));
  });

  it('Move to sends every selected key to the chosen folder, links and all', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await menuCommand(grid, 'links/', 'Move to…');
    const dialog = await screen.findByRole('dialog', { name: 'Move to' });
    await user.click(await within(dialog).findByRole('button', { name: /docs\// }));
    expect(within(dialog).getByText('Links are copied as links, with the same target and metadata.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('copyObjects')).toEqual([
      expect.objectContaining({ sourceBucket: 'demo-oss', destBucket: 'demo-oss', items: [{ from: 'links/', to: 'docs/links/' }], move: true, linkBytes: false }),
    ]);
    await waitFor(() => expect(rowNames(grid)).not.toContain('links/'));
  });

  it('Share URL offers both URLs for a link and copies through main', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await within(grid).findByText('docs/guide.pdf'); // the link's target is resolved
    await menuCommand(grid, 'latest.pdf', 'Copy share URL…');
    const dialog = await screen.findByRole('dialog', { name: 'Share URL' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Expires in' }), '1 day');
    await user.click(within(dialog).getByRole('radio', { name: 'The target’s URL' }));
    const url = within(dialog).getByRole('textbox', { name: 'URL' }) as HTMLInputElement;
    await waitFor(() => expect(url.value).toBe('https://demo-oss.example/docs/guide.pdf?expires=86400'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy URL' }));
    await waitFor(() => expect(fake.clipboard).toEqual(['https://demo-oss.example/docs/guide.pdf?expires=86400']));
  });
});

describe('toolbar', () => {
  it('disables buttons with the reason as tooltip: Back at the start, Delete… without a selection, Create link… in an OSS Archive bucket', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const back = screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement;
    expect([back.disabled, back.title]).toEqual([true, 'Nothing to go back to']);
    const del = screen.getByRole('button', { name: 'Delete…' }) as HTMLButtonElement;
    expect([del.disabled, del.title]).toEqual([true, 'Select objects or folders to delete']);
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    expect(del.disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'Create link…' }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByRole('treeitem', { name: /^demo-archive/ }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Create link…' }) as HTMLButtonElement).title).toBe('This is an Archive bucket: OSS does not allow links here.'));
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(false); // the bucket switch is a history step
  });
});

describe('Copy to folder field', () => {
  it("takes a typed folder with or without its slash, and refuses the selection's own folder", async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await menuCommand(grid, 'readme.txt', 'Copy to…');
    const dialog = await screen.findByRole('dialog', { name: 'Copy to' });
    expect(within(dialog).getByText('The selection is already in this folder: choose another folder or bucket.')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: 'Folder' }), 'images');
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('copyObjects')).toEqual([expect.objectContaining({ items: [{ from: 'readme.txt', to: 'images/readme.txt' }], move: false })]);
  });
});

describe('commands from the keyboard and the app menu', () => {
  it('F2 renames an object but retargets a link; the menu opens New folder and steps Back', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await within(grid).findByText('docs/guide.pdf');
    await user.click(within(grid).getByRole('row', { name: /^latest\.pdf/ }));
    await user.keyboard('{F2}');
    expect(await screen.findByRole('dialog', { name: 'Retarget link' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.click(within(grid).getByRole('row', { name: /^readme\.md/ }));
    await user.keyboard('{F2}');
    expect(await screen.findByRole('dialog', { name: 'Rename' })).toBeTruthy();
    await user.keyboard('{Escape}');
    fake.emit('menu.command', { command: 'newFolder' });
    expect(await screen.findByRole('dialog', { name: 'New folder' })).toBeTruthy();
    await user.keyboard('{Escape}');
    fake.emit('menu.command', { command: 'goBack' });
    await waitFor(() => expect(rowNames(grid)).toContain('docs/'));
  });
});

describe('Ctrl+C / Ctrl+X / Ctrl+V', () => {
  it('pastes copies elsewhere, refuses pasting onto the same keys, and a cut moves once', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    await user.keyboard('{Control>}c{/Control}');
    await user.keyboard('{Control>}v{/Control}');
    expect(await screen.findByText('The selection is already in this folder: choose another folder or bucket.')).toBeTruthy();
    expect(fake.callsOf('copyObjects')).toEqual([]);
    await user.keyboard('{Control>}x{/Control}');
    await openFolder(user, 'images/');
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
    expect(fake.callsOf('copyObjects')).toEqual([expect.objectContaining({ items: [{ from: 'readme.txt', to: 'images/readme.txt' }], move: true })]);
    await user.keyboard('{Control>}v{/Control}'); // the cut was used up
    expect(fake.callsOf('copyObjects')).toHaveLength(1);
  });
});
