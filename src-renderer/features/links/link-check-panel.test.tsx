/** @vitest-environment jsdom */
// The Check links report from main's counts and problem links: main counts every link by state but
// sends only the problem ones, so the totals come from the counts, the grid and the CSV from the
// problems.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type LinkInfo } from '../../contract';
import { openBucket, setupApp } from '../../test/render-app';

const problem = (key: string, state: LinkInfo['state'], target: string): LinkInfo => ({ key, isLink: true, target, crossBucket: false, state });

describe('Link check report', () => {
  it('shows the totals from the counts, lists and exports only the problem links', async () => {
    const problems = [problem('a/broken.txt', 'broken', 'gone.txt'), problem('b/chain.pdf', 'chain', 'a/ok.pdf')];
    const { user } = setupApp({ scanReport: { scanned: 120_000, counts: { ok: 99_998, broken: 1, chain: 1, forbidden: 0, unknown: 0 }, problems, cancelled: false } });
    await openBucket(user, 'demo-oss');
    await user.click(screen.getByRole('button', { name: 'Check links…' }));
    const report = await screen.findByRole('region', { name: 'Link check' });
    expect(await within(report).findByText('Checked 120,000 objects: 100,000 links.')).toBeTruthy();
    const counts = within(report).getByRole('list', { name: 'Links by state' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['OK: 99,998', 'Broken: 1', 'Chain: 1', 'Forbidden: 0', 'Unknown: 0']);
    const grid = within(report).getByRole('grid', { name: 'Problem links' });
    expect(within(grid).getAllByRole('row').slice(1).map((r) => r.getAttribute('aria-label'))).toEqual(['a/broken.txt', 'b/chain.pdf']);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:csv'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(report).getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const lines = (await blobs[0]!.text()).trim().split('\r\n');
    expect(lines.map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['link,target,state', 'a/broken.txt,gone.txt,broken', 'b/chain.pdf,a/ok.pdf,chain']);
  });

  it('with no problem links: the totals, the empty hint, and nothing to export', async () => {
    const { user } = setupApp({ scanReport: { scanned: 10, counts: { ok: 3, broken: 0, chain: 0, forbidden: 0, unknown: 0 }, problems: [], cancelled: false } });
    await openBucket(user, 'demo-oss');
    await user.click(screen.getByRole('button', { name: 'Check links…' }));
    const report = await screen.findByRole('region', { name: 'Link check' });
    expect(await within(report).findByText('Checked 10 objects: 3 links.')).toBeTruthy();
    expect(within(report).getByText('No broken, chained or unreadable links.')).toBeTruthy();
    expect((within(report).getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
