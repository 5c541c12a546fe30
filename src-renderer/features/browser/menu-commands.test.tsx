/** @vitest-environment jsdom */
// Application-menu commands reach the grid through the same gate as key presses: on macOS the
// menu fires Delete, F2, Backspace, Cmd+L and Cmd+R itself, even inside a dialog or text field.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, rowNames, setupApp } from '../../test/render-app';

describe('menu.command dispatcher', () => {
  it('acts on the grid selection when focus is in the grid', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    act(() => fake.emit('menu.command', { command: 'delete' }));
    expect(await screen.findByRole('dialog', { name: 'Delete' })).toBeTruthy();
  });

  it('ignores every command while a dialog is open', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    act(() => fake.emit('menu.command', { command: 'createLink' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create link' });
    for (const command of ['delete', 'goUp', 'refresh', 'retargetLink', 'createLink']) act(() => fake.emit('menu.command', { command }));
    expect(screen.getAllByRole('dialog')).toEqual([dialog]);
    expect(screen.queryByRole('dialog', { name: 'Delete' })).toBeNull();
  });

  it('ignores commands while a text field has focus (Backspace/Go Up stays in the field)', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.dblClick(await within(grid).findByRole('row', { name: 'docs/' }));
    await waitFor(() => expect(rowNames(grid)).toContain('guide.pdf'));
    await user.click(within(grid).getByRole('row', { name: 'guide.pdf' }));
    await user.click(screen.getByRole('searchbox', { name: 'Filter' }));
    act(() => fake.emit('menu.command', { command: 'goUp' }));
    act(() => fake.emit('menu.command', { command: 'delete' }));
    expect(rowNames(grid)).toContain('guide.pdf');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Back in the grid, the same command goes up.
    await user.click(within(grid).getByRole('row', { name: 'guide.pdf' }));
    act(() => fake.emit('menu.command', { command: 'goUp' }));
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
  });
});
