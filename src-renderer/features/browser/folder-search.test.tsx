/** @vitest-environment jsdom */
// Search whole folder in the browser: the button appears for a typed substring while the folder is
// partly loaded, the matches stream into the table (beyond the loaded pages) with a progress line,
// Cancel, clearing the filter and leaving the folder stop it, a failure keeps the matches so far.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

const name = (i: number): string => `obj-${String(i).padStart(6, '0')}.bin`;
const button = () => screen.queryByRole('button', { name: 'Search whole folder' });
const searchLine = () => screen.queryByRole('group', { name: 'Search whole folder' }) ?? undefined;

async function bigFolderFiltered(text: string, options: Parameters<typeof setupApp>[0] = {}) {
  const app = setupApp({ bigFolder: 3000, ...options });
  const grid = await openBucket(app.user, 'demo-oss');
  await openFolder(app.user, 'big/');
  await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
  await app.user.type(screen.getByRole('searchbox', { name: 'Filter' }), text);
  return { ...app, grid };
}

describe('Search whole folder', () => {
  it('shows matches beyond the loaded pages, in name order, and says they come from the whole folder', async () => {
    const { user, fake, grid } = await bigFolderFiltered('obj-0025');
    // The loaded page (0…999) has no match: the filter says so, and offers the search.
    expect(await screen.findByText(/Filtered 1,000 loaded items/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Search whole folder' })).toBeTruthy();
    const listsBefore = fake.callsOf('listObjects').length;
    await user.click(button()!);

    await waitFor(() => expect(searchLine()?.textContent).toMatch(/100 matches in the whole folder · searched 3,000 objects/));
    expect(fake.callsOf('searchFolder')).toMatchObject([{ bucket: 'demo-oss', prefix: 'big/', text: 'obj-0025', recursive: false }]);
    // The renderer did not page through the folder itself.
    expect(fake.callsOf('listObjects').length).toBe(listsBefore);
    expect(grid.getAttribute('aria-rowcount')).toBe('101');
    expect(rowNames(grid).slice(0, 3)).toEqual([name(2500), name(2501), name(2502)]);
    expect(screen.queryByText(/Filtered 1,000 loaded items/)).toBeNull();
    expect(button()).toBeNull();
    expect(document.querySelector('.status-bar')?.textContent).toMatch(/^100 matches/);

    // A write in the folder: the results say they may be out of date and offer Search again.
    fake.emit('objects.changed', { profileId: 'local-demo', bucket: 'demo-oss', prefix: 'big/' });
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/searched 3,000 objects · the folder has changed since/));
    expect(within(searchLine()!).getByRole('button', { name: 'Search again' })).toBeTruthy();

    // The same row component: Properties of a match that is not in the loaded pages.
    await user.click(screen.getByRole('row', { name: name(2501) }));
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    await waitFor(() => expect(fake.callsOf('objectProperties')).toContainEqual(expect.objectContaining({ key: `big/${name(2501)}` })));
  });

  it('the line is not live: a hidden status announces the progress at most every few seconds, and the end at once', async () => {
    const { user, fake } = await bigFolderFiltered('5');
    fake.search.pageDelayMs = 40;
    fake.search.pageSize = 100; // 30 pages, about 1.2 s: 10 or more visible updates
    await user.keyboard('{Enter}');
    const announced = () => within(searchLine()!).getByRole('status').textContent;
    const first = announced();
    expect(first).toMatch(/^Searched 0 objects/);
    const seen = new Set<string>();
    await waitFor(
      () => {
        seen.add(searchLine()!.querySelector('.folder-search-text')!.textContent!);
        expect(searchLine()!.textContent).toMatch(/matches in the whole folder · searched 3,000 objects/);
      },
      { timeout: 10_000, interval: 20 },
    );
    // The visible text changed many times; the status said the start, then the end, nothing between.
    expect(seen.size).toBeGreaterThan(3);
    expect(announced()).toMatch(/matches in the whole folder · searched 3,000 objects/);
    expect(searchLine()!.getAttribute('aria-live')).toBeNull();
  });

  it('Enter in the filter starts it; Cancel stops it and keeps the matches so far; Search again restarts', async () => {
    const { user, fake, grid } = await bigFolderFiltered('5');
    fake.search.pageDelayMs = 30;
    fake.search.pageSize = 100;
    await user.keyboard('{Enter}');
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/^Searched [1-9][\d,]* objects · \d+ match/));
    const cancel = within(searchLine()!).getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/^Search cancelled · searched [\d,]+ objects · \d+ match/));
    const opId = (fake.callsOf('searchFolder')[0] as { opId: string }).opId;
    expect(fake.search.cancelled.has(opId)).toBe(true);
    // Focus stays on the line's button (now Clear search), so the keyboard user is not lost.
    expect(document.activeElement?.textContent).toBe('Clear search');
    const kept = Number(grid.getAttribute('aria-rowcount')) - 1;
    expect(kept).toBeGreaterThan(0);
    // A cancelled search has not seen the whole folder: the status bar counts matches found so far.
    expect(document.querySelector('.status-bar')?.textContent).toMatch(new RegExp(`^${kept.toLocaleString('en')} match(es)? so far`));
    expect(kept).toBeLessThan(3000);
    expect(rowNames(grid)[0]).toBe(name(5));

    fake.search.pageDelayMs = 0;
    await user.click(within(searchLine()!).getByRole('button', { name: 'Search again' }));
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/matches in the whole folder · searched 3,000 objects/), { timeout: 10_000 });
    expect(fake.callsOf('searchFolder')).toHaveLength(2);
  });

  it('clearing the filter cancels the search and the table shows the loaded rows again', async () => {
    const { user, fake, grid } = await bigFolderFiltered('7');
    fake.search.pageDelayMs = 50;
    fake.search.pageSize = 100;
    await user.click(button()!);
    // The progress line took the button's place: its Cancel has the focus.
    expect(document.activeElement?.textContent).toBe('Cancel');
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/^Searched/));
    await user.click(screen.getByRole('searchbox', { name: 'Filter' }));
    await user.keyboard('{Escape}');
    const opId = (fake.callsOf('searchFolder')[0] as { opId: string }).opId;
    await waitFor(() => expect(fake.search.cancelled.has(opId)).toBe(true));
    expect(searchLine()).toBeUndefined();
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
  });

  it('leaving the folder cancels the search', async () => {
    const { user, fake } = await bigFolderFiltered('9');
    fake.search.pageDelayMs = 50;
    fake.search.pageSize = 100;
    await user.click(button()!);
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/^Searched/));
    await user.click(screen.getByRole('button', { name: 'demo-oss' }));
    const opId = (fake.callsOf('searchFolder')[0] as { opId: string }).opId;
    await waitFor(() => expect(fake.search.cancelled.has(opId)).toBe(true));
    expect(searchLine()).toBeUndefined();
  });

  it('a failure mid-way says so and keeps the matches found before it', async () => {
    const { user, fake, grid } = await bigFolderFiltered('obj-00');
    fake.search.pageSize = 500;
    fake.search.failAfterPages = 2;
    await user.click(button()!);
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/^Search stopped: .+ · 1,000 matches so far/));
    expect(grid.getAttribute('aria-rowcount')).toBe('1001');
    expect(within(searchLine()!).getByRole('button', { name: 'Search again' })).toBeTruthy();
  });

  it('Include subfolders searches again recursively; the names say where the matches are', async () => {
    const { user, fake, grid } = await bigFolderFiltered('obj-0025');
    fake.put('demo-oss', 'big/a-sub/deep-obj-0025.txt');
    await user.click(button()!);
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/100 matches in the whole folder/));
    await user.click(within(searchLine()!).getByRole('checkbox', { name: 'Include subfolders' }));
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/101 matches in this folder and its subfolders/));
    expect(fake.callsOf('searchFolder').at(-1)).toMatchObject({ recursive: true });
    expect(rowNames(grid)[0]).toBe('a-sub/deep-obj-0025.txt');
    expect(grid.getAttribute('aria-rowcount')).toBe('102');
  });

  it('sorting by size orders the matches, not the loaded rows', async () => {
    const { user, grid } = await bigFolderFiltered('obj-0025');
    await user.click(button()!);
    await waitFor(() => expect(searchLine()?.textContent).toMatch(/100 matches in the whole folder/));
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    await waitFor(() => expect(within(grid).getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort')).toBe('descending'));
    // The fake's sizes grow with the number: the biggest match first.
    await waitFor(() => expect(rowNames(grid)[0]).toBe(name(2599)));
    expect(grid.getAttribute('aria-rowcount')).toBe('101');
  });

  it('is not offered when the folder is fully loaded (the filter already covers it)', async () => {
    const { user } = setupApp();
    await openBucket(user, 'demo-oss');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'doc');
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveProperty('value', 'doc'));
    expect(button()).toBeNull();
  });
});
