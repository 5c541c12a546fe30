/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

async function menuFor(grid: HTMLElement, name: string) {
  fireEvent.contextMenu(await within(grid).findByRole('row', { name }), { clientX: 50, clientY: 50 });
  const menu = await screen.findByRole('menu');
  return within(menu).getAllByRole('menuitem').map((i) => i.getAttribute('aria-label'));
}

/** Each menuitem's visible shortcut label and its aria-keyshortcuts. */
function shortcutsIn(menu: HTMLElement): Record<string, [string, string]> {
  return Object.fromEntries(
    within(menu)
      .getAllByRole('menuitem')
      .filter((i) => i.hasAttribute('aria-keyshortcuts'))
      .map((i) => [i.getAttribute('aria-label'), [i.querySelector('.menu-shortcut')?.textContent ?? '', i.getAttribute('aria-keyshortcuts') ?? '']]),
  );
}

describe('context menu shortcuts follow the platform and the locale', () => {
  it('shows Ctrl+L / Control+L off macOS', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Linux x86_64');
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await menuFor(grid, 'readme.txt');
    expect(shortcutsIn(screen.getByRole('menu'))).toEqual({ Open: ['Enter', 'Enter'], 'Create link…': ['Ctrl+L', 'Control+L'], 'Rename…': ['F2', 'F2'], Properties: ['Alt+Enter', 'Alt+Enter'], 'Delete…': ['Del', 'Delete'] });
  });

  it('shows ⌘L / Meta+L on macOS', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await menuFor(grid, 'readme.txt');
    expect(shortcutsIn(screen.getByRole('menu'))).toEqual({ Open: ['Enter', 'Enter'], 'Create link…': ['⌘L', 'Meta+L'], 'Rename…': ['F2', 'F2'], Properties: ['⌘I', 'Meta+I'], 'Delete…': ['⌘⌫', 'Meta+Backspace Delete'] });
  });

  it('takes key names from the locale', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Win32');
    const { user } = setupApp({}, { language: 'zh-CN' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    const grid = await screen.findByRole('grid'); // named in Chinese here
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: 'docs/' }), { clientX: 50, clientY: 50 });
    const open = within(await screen.findByRole('menu')).getAllByRole('menuitem')[0] as HTMLElement;
    expect(open.querySelector('.menu-shortcut')?.textContent).toBe('回车');
    expect(screen.getByRole('treeitem', { name: 'demo-bos' }).querySelector('.provider-tag')?.textContent).toBe('BOS');
  });
});

describe('row context menu and following links', () => {
  it('offers link commands on links only', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    expect(await menuFor(grid, 'latest.pdf')).toEqual([
      'Follow link', 'Copy target path', 'Create link…', 'Retarget link…', 'Copy key', 'Find links to this', 'Download…', 'Rename…', 'Copy to…', 'Move to…', 'Copy share URL…', 'Edit metadata…', 'Properties', 'New folder…', 'Delete…',
    ]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(await menuFor(grid, 'guide.pdf')).toEqual(['Open', 'Copy target path', 'Create link…', 'Copy key', 'Find links to this', 'Download…', 'Rename…', 'Copy to…', 'Move to…', 'Copy share URL…', 'Edit metadata…', 'Properties', 'New folder…', 'Delete…']);
    await user.keyboard('{Escape}');
    expect(await menuFor(grid, 'archive/')).toEqual([
      'Open', 'Copy target path', 'Create link…', 'Copy key', 'Check links…', 'Find links to this', 'Download…', 'Upload files…', 'Upload folder…', 'Rename…', 'Copy to…', 'Move to…', 'Properties', 'New folder…', 'Delete…',
    ]);
  });

  it('follows a link from the menu: opens the target folder and selects the target', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    await menuFor(grid, 'to-guide');
    await user.click(screen.getByRole('menuitem', { name: 'Follow link' }));
    await waitFor(() => expect(rowNames(grid)).toContain('guide.pdf'));
    await waitFor(() => expect(within(grid).getByRole('row', { name: 'guide.pdf' }).getAttribute('aria-selected')).toBe('true'));
    expect(within(screen.getByRole('navigation', { name: 'Path' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['demo-oss', 'docs']);
  });

  it('follows on double-click and switches bucket for a BOS cross-bucket link', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    const row = await within(grid).findByRole('row', { name: 'media-link' });
    await waitFor(() => expect(row.className).toContain('is-link'));
    await user.dblClick(row);
    const newGrid = await screen.findByRole('grid', { name: 'Objects' });
    await waitFor(() => expect(within(newGrid).getByRole('row', { name: 'intro.mp4' }).getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('treeitem', { name: 'demo-bos-media' }).getAttribute('aria-selected')).toBe('true');
  });

  it('explains a broken link and offers Retarget…', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    await user.dblClick(await within(grid).findByRole('row', { name: 'broken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Broken link' });
    expect(dialog.textContent).toContain('docs/missing.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Retarget…' }));
    const retarget = await screen.findByRole('dialog', { name: 'Retarget link' });
    expect(((await within(retarget).findByLabelText('Target')) as HTMLInputElement).value).toBe('docs/missing.pdf');
    // A retarget replaces the link itself: the overwrite is implied, no checkbox.
    expect(within(retarget).queryByLabelText('Replace existing object')).toBeNull();
  });

  it('copies the key and the link target', async () => {
    const { user, clipboard } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await waitFor(() => expect(within(grid).getByText('docs/guide.pdf')).toBeTruthy());
    await menuFor(grid, 'latest.pdf');
    await user.click(screen.getByRole('menuitem', { name: 'Copy target path' }));
    await menuFor(grid, 'latest.pdf');
    await user.click(screen.getByRole('menuitem', { name: 'Copy key' }));
    expect(clipboard.writeText.mock.calls).toEqual([['docs/guide.pdf'], ['docs/latest.pdf']]);
  });
});

describe('the table background menu', () => {
  it('offers Upload files… and Upload folder… into the current folder', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    const body = within(grid).getAllByRole('rowgroup').at(-1) as HTMLElement;
    fireEvent.contextMenu(body, { clientX: 300, clientY: 500 });
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((i) => i.getAttribute('aria-label'))).toEqual(['Upload files…', 'Upload folder…']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Upload folder…' }));
    expect(fake.callsOf('uploadWithDialog')).toEqual([expect.objectContaining({ bucket: 'demo-oss', prefix: 'docs/', kind: 'folder' })]);
  });
});
