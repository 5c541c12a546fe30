/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

async function menuFor(grid: HTMLElement, name: string) {
  fireEvent.contextMenu(await within(grid).findByRole('row', { name }), { clientX: 50, clientY: 50 });
  const menu = await screen.findByRole('menu');
  return within(menu).getAllByRole('menuitem').map((i) => i.getAttribute('aria-label'));
}

describe('row context menu and following links', () => {
  it('offers link commands on links only', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    expect(await menuFor(grid, 'latest.pdf')).toEqual(['Follow link', 'Copy target path', 'Create link…', 'Retarget link…', 'Copy key', 'Delete…']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(await menuFor(grid, 'guide.pdf')).toEqual(['Copy target path', 'Create link…', 'Copy key', 'Delete…']);
    await user.keyboard('{Escape}');
    expect(await menuFor(grid, 'archive/')).toEqual(['Open', 'Copy target path', 'Create link…', 'Copy key']);
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
    expect((within(retarget).getByLabelText('Target') as HTMLInputElement).value).toBe('docs/missing.pdf');
    expect((within(retarget).getByLabelText('Replace existing object') as HTMLInputElement).checked).toBe(true);
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
