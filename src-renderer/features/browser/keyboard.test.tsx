/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUiStore } from '../../state/ui-store';
import { openBucket, rowNames, setupApp } from '../../test/render-app';

const selectedNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => r.getAttribute('aria-label'));

describe('object grid keyboard and mouse selection', () => {
  it('End held on the last row (key repeats) selects it once and then changes nothing', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'docs/' }));
    await user.keyboard('{End}');
    expect(selectedNames(grid)).toEqual(['readme.txt']);
    let changes = 0;
    const unsubscribe = useUiStore.subscribe(() => {
      changes += 1;
    });
    await user.keyboard('{End>5/}'); // five repeated keydowns, then the keyup
    unsubscribe();
    expect(changes).toBe(0);
    expect(selectedNames(grid)).toEqual(['readme.txt']);
  });

  it('moves with arrows, opens a folder with Enter and goes up with Backspace', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'docs/' }));
    expect(selectedNames(grid)).toEqual(['docs/']);
    await user.keyboard('{ArrowDown}');
    expect(selectedNames(grid)).toEqual(['images/']);
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(rowNames(grid)).toContain('guide.pdf'));
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(rowNames(grid)).toContain('readme.txt'));
    // Going up selects the folder we came from.
    await waitFor(() => expect(selectedNames(grid)).toEqual(['docs/']));
  });

  it('selects everything with Ctrl+A and ranges with Shift-click, toggles with Ctrl-click', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'docs/' }));
    await user.keyboard('{Control>}a{/Control}');
    expect(selectedNames(grid)).toHaveLength(5);
    await user.click(within(grid).getByRole('row', { name: 'images/' }));
    await user.keyboard('{Shift>}');
    await user.click(within(grid).getByRole('row', { name: 'readme.txt' }));
    await user.keyboard('{/Shift}');
    expect(selectedNames(grid)).toEqual(['images/', 'links/', 'long-names/', 'readme.txt']);
    await user.keyboard('{Control>}');
    await user.click(within(grid).getByRole('row', { name: 'links/' }));
    await user.keyboard('{/Control}');
    expect(selectedNames(grid)).toEqual(['images/', 'long-names/', 'readme.txt']);
    expect(screen.getByRole('status').textContent).toContain('3 selected');
  });

  it('Ctrl+A selects every row even when focus is on the page body, but not inside a text field', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await within(grid).findByRole('row', { name: 'docs/' });
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('{Control>}a{/Control}');
    expect(selectedNames(grid)).toHaveLength(5);
    await user.click(within(grid).getByRole('row', { name: 'docs/' }));
    await user.click(screen.getByRole('searchbox', { name: 'Filter' }));
    await user.keyboard('{Control>}a{/Control}');
    expect(selectedNames(grid)).toEqual(['docs/']);
  });

  it('opens Delete… with the Delete key and Create link with Ctrl+L', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await user.click(await within(grid).findByRole('row', { name: 'readme.txt' }));
    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('dialog', { name: 'Delete' });
    // Cancel has the focus: Enter closes the dialog without deleting.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('deleteKeys')).toEqual([]);
    await user.click(within(grid).getByRole('row', { name: 'readme.txt' }));
    await user.keyboard('{Delete}');
    const again = await screen.findByRole('dialog', { name: 'Delete' });
    // Counted first; the confirm button is never where focus starts.
    await within(again).findByText('1 objects, 0 links, 120 B in total');
    expect(document.activeElement).toBe(within(again).getByRole('button', { name: 'Cancel' }));
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rowNames(grid)).not.toContain('readme.txt'));
    expect(fake.callsOf('deleteKeys')).toEqual([{ profileId: 'local-demo', bucket: 'demo-oss', keys: ['readme.txt'], opId: expect.any(String) }]);
    fireEvent.keyDown(within(grid).getByRole('row', { name: 'docs/' }), { key: 'l', ctrlKey: true });
    expect(await screen.findByRole('dialog', { name: 'Create link' })).toBeTruthy();
  });
});
