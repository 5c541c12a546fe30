/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

describe('filter, sort and the virtual window', () => {
  it('filters the loaded rows by substring and says when nothing matches', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'PDF');
    await waitFor(() => expect(rowNames(grid)).toEqual(['guide.pdf', 'latest.pdf']));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'zzz');
    expect(await screen.findByText('Nothing here matches “PDFzzz”.')).toBeTruthy();
  });

  it('says no object starts with the prefix (not "empty") and clears the search', async () => {
    const { user } = setupApp({ bigFolder: 30 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await user.click(screen.getByRole('checkbox', { name: 'Prefix search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'abc');
    expect(await screen.findByText('No objects start with “abc”.')).toBeTruthy();
    expect(screen.queryByText('This folder is empty')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect((screen.getByRole('searchbox', { name: 'Filter' }) as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(rowNames(grid)).toHaveLength(30));
  });

  it('sorts by name, size and time with folders first', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await waitFor(() => expect(rowNames(grid)).toEqual(['archive/', 'guide.pdf', 'latest.pdf', 'readme.md']));
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    expect(rowNames(grid)).toEqual(['archive/', 'latest.pdf', 'readme.md', 'guide.pdf']);
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    expect(rowNames(grid)).toEqual(['archive/', 'guide.pdf', 'readme.md', 'latest.pdf']);
    expect(within(grid).getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort')).toBe('descending');
    await user.click(within(grid).getByRole('button', { name: 'Last modified' }));
    expect(rowNames(grid)).toEqual(['archive/', 'guide.pdf', 'readme.md', 'latest.pdf']);
    await user.click(within(grid).getByRole('button', { name: 'Name' }));
    await user.click(within(grid).getByRole('button', { name: 'Name' }));
    expect(rowNames(grid)).toEqual(['archive/', 'readme.md', 'latest.pdf', 'guide.pdf']);
  });

  it('says a size or time sort covers only the loaded rows and loads the rest on request', async () => {
    const { user, fake } = setupApp({ bigFolder: 3000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    expect(screen.queryByText(/loaded items; the folder has more/)).toBeNull(); // name order is the server's
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    expect(screen.getByText('Sorted 1,000 loaded items; the folder has more.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('3001'));
    expect(fake.callsOf('listObjects').filter((c) => (c as { prefix: string }).prefix === 'big/')).toHaveLength(3);
    await waitFor(() => expect(screen.queryByText(/the folder has more/)).toBeNull());
  });

  it('says a substring filter searched only the loaded rows, and Load all finds the rest', async () => {
    const { user } = setupApp({ bigFolder: 3000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), '002999');
    expect(await screen.findByText('Filtered 1,000 loaded items; the folder has more.')).toBeTruthy();
    expect(rowNames(grid)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await waitFor(() => expect(rowNames(grid)).toEqual(['obj-002999.bin']));
    await waitFor(() => expect(screen.queryByText(/the folder has more/)).toBeNull());
  });

  it('Cancel stops loading all', async () => {
    const { user, fake } = setupApp({ bigFolder: 5000, latency: 150 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.click(within(grid).getByRole('button', { name: 'Last modified' }));
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    expect(await screen.findByText(/Loading all…/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const calls = fake.callsOf('listObjects').length;
    await new Promise((r) => setTimeout(r, 600));
    expect(fake.callsOf('listObjects').length).toBeLessThanOrEqual(calls + 1);
    expect(Number(grid.getAttribute('aria-rowcount'))).toBeLessThan(5001);
    expect(screen.getByRole('button', { name: 'Load all' })).toBeTruthy();
  });

  it('keeps at most ~200 row elements for a big folder and pages in as it scrolls', async () => {
    const { user, fake } = setupApp({ bigFolder: 3000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    expect(within(grid).getAllByRole('row').length).toBeLessThanOrEqual(200);
    const body = grid.querySelector('.grid-body') as HTMLElement;
    for (let page = 1; page < 3; page += 1) {
      body.scrollTop = page * 1000 * 28;
      body.dispatchEvent(new Event('scroll'));
      await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(page * 1000 + 1001)));
    }
    body.scrollTop = 3000 * 28;
    body.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(rowNames(grid)).toContain('obj-002999.bin'));
    expect(within(grid).getAllByRole('row').length).toBeLessThanOrEqual(200);
    expect(fake.callsOf('listObjects').filter((c) => (c as { prefix: string }).prefix === 'big/')).toHaveLength(3);
  });
});
