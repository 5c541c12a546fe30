/** @vitest-environment jsdom */
// Seek, not scan: Go to key…, the Location field, following a link and prefix search open a
// listing segment at the key in one request; the keys before it are one "Earlier objects" row
// that loads in place.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seekStartAfter } from '../../contract';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

type ListCall = { prefix: string; startAfter?: string; cursor?: string };
const bigLists = (calls: unknown[]): ListCall[] => (calls as ListCall[]).filter((c) => c.prefix === 'big/');
const name = (i: number): string => `obj-${String(i).padStart(6, '0')}.bin`;

describe('seek in a big folder', () => {
  it('Go to key (Ctrl+G) opens a segment at the key with one request and selects it; Earlier objects — Load fills the gap in place', async () => {
    const { user, fake } = setupApp({ bigFolder: 3000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(1);

    await user.keyboard('{Control>}g{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Go to key' });
    const field = within(dialog).getByRole('textbox', { name: 'Key' });
    expect((field as HTMLInputElement).value).toBe('big/');
    await user.type(field, `${name(2345)}{Enter}`);

    await waitFor(() => expect(screen.getByRole('row', { name: name(2345) }).getAttribute('aria-selected')).toBe('true'));
    const lists = bigLists(fake.callsOf('listObjects'));
    expect(lists).toHaveLength(2);
    expect(lists[1]).toMatchObject({ startAfter: seekStartAfter(`big/${name(2345)}`, 1024) });
    expect(lists[1]?.cursor).toBeUndefined();
    // 1,000 rows from the start, the gap, then 2345…2999.
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 655));
    const gap = screen.getByRole('row', { name: 'Earlier objects' });
    expect(gap.getAttribute('aria-rowindex')).toBe('1002');
    expect(rowNames(grid)).toContain(name(2345));

    // Keyboard: ArrowUp from the key lands on the gap, Enter lists the next page into it.
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('row', { name: 'Earlier objects' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 2000 + 1 + 655)));
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(3);
    // The mouse: the last page before the segment closes the gap; every key shows once.
    await user.click(screen.getByRole('button', { name: 'Earlier objects — Load' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('3001'));
    expect(screen.queryByRole('row', { name: 'Earlier objects' })).toBeNull();
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toMatch(/^3,?000 items/);
  });

  it('the Location field opens a key deep in a folder with two requests: the folder’s first page and the segment at the key', async () => {
    const { user, fake } = setupApp({ bigFolder: 3000 });
    await openBucket(user, 'demo-oss');
    const location = screen.getByRole('textbox', { name: 'Location' });
    await user.clear(location);
    await user.type(location, `demo-oss/big/${name(2700)}{Enter}`);
    await waitFor(() => expect(screen.getByRole('row', { name: name(2700) }).getAttribute('aria-selected')).toBe('true'));
    const lists = bigLists(fake.callsOf('listObjects'));
    expect(lists.map((c) => c.startAfter)).toEqual([undefined, seekStartAfter(`big/${name(2700)}`, 1024)]);
    expect(screen.getByRole('row', { name: 'Earlier objects' })).toBeTruthy();
  });

  it('following a link whose target is deep in a folder does not page through the pages before it', async () => {
    const { user, fake } = setupApp({ bigFolder: 3000 });
    fake.bucket('demo-oss').set('links/deep', { size: 0, lastModified: '2026-01-01T00:00:00Z', etag: '"deep"', storageClass: 'Standard', target: `big/${name(2999)}` });
    await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    await user.dblClick(await screen.findByRole('row', { name: /^deep/ }));
    await waitFor(() => expect(screen.getByRole('row', { name: name(2999) }).getAttribute('aria-selected')).toBe('true'));
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(2);
  });

  it('prefix search opens the listing at the typed name in one request, the cursor on the first match, the rest of the folder around it', async () => {
    const { user, fake } = setupApp({ bigFolder: 3000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.click(screen.getByRole('checkbox', { name: 'Prefix search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'obj-0025');
    await waitFor(() => expect(grid.querySelector('.row.focused')?.getAttribute('aria-label')).toBe(name(2500)));
    const seeks = bigLists(fake.callsOf('listObjects')).filter((c) => c.startAfter !== undefined);
    // One request, at the text typed before the pause (not one per keystroke).
    expect(seeks.map((c) => c.startAfter)).toEqual([seekStartAfter('big/obj-0025', 1024)]);
    // Not a substring filter: the gap row for the keys before the segment, then 2500 to the
    // folder's end (2600…2999 do not start with the text).
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 500));
    // Focus stays in the filter box while typing.
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Filter' }));
  });

  it('Go to key refuses an empty key with a sentence beside the field', async () => {
    const { user } = setupApp();
    await openBucket(user, 'demo-oss');
    await user.click(screen.getByRole('button', { name: 'Go to key…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Go to key' });
    await user.click(within(dialog).getByRole('button', { name: 'Go' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Type a key.');
  });
  it('View > Go to Key… in the app menu opens the same dialog', async () => {
    const { user, fake } = setupApp();
    await openBucket(user, 'demo-oss');
    fake.emit('menu.command', { command: 'goToKey' });
    expect(await screen.findByRole('dialog', { name: 'Go to key' })).toBeTruthy();
  });
});
