/** @vitest-environment jsdom */
// The Transfers panel and the "File exists" dialog against a fake window.api: buttons call main
// with the current folder, events fill the panel, per-item buttons follow the state, conflicts
// are answered one by one or all at once.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TransferDto } from '../../contract';
import { openBucket, openFolder, setupApp } from '../../test/render-app';
import { initialTransfersState, useTransfersStore } from './transfers-store';

const dto = (over: Partial<TransferDto>): TransferDto => ({
  id: 'a', direction: 'upload', name: 'a.txt', bucket: 'demo-oss', key: 'a.txt', localPath: '/l/a.txt', size: 100, transferred: 40, state: 'running', rate: 1000, etaSeconds: 3, ...over,
});
const totals = { active: 1, size: 100, transferred: 40, rate: 1000, etaSeconds: 3 };

beforeEach(() => {
  useTransfersStore.setState(initialTransfersState, true);
});

describe('transfers UI', () => {
  it('"Upload files…" asks main for a dialog into the current folder and opens the panel', async () => {
    const { user, fake } = setupApp();
    await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await user.click(screen.getByRole('button', { name: 'Upload files…' }));
    expect(fake.callsOf('uploadWithDialog')).toEqual([{ profileId: expect.any(String), bucket: 'demo-oss', prefix: 'docs/', kind: 'files' }]);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Transfers' }).querySelector('[aria-expanded="true"]')).not.toBeNull());
  });

  it('shows each transfer as a listitem named by its file, with a progressbar and the buttons its state allows', async () => {
    const { user, fake } = setupApp();
    await openBucket(user, 'demo-oss');
    act(() => useTransfersStore.getState().setPanelOpen(true));
    act(() => fake.emit('transfers.changed', { items: [dto({}), dto({ id: 'b', name: 'b.bin', state: 'failed', error: { code: 'CHECKSUM_MISMATCH', message: 'x' } })], removed: [], totals }));
    const panel = screen.getByRole('region', { name: 'Transfers' });
    const running = await within(panel).findByRole('listitem', { name: /^a\.txt/ });
    expect(within(running).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(within(running).getAllByRole('button').map((b) => b.textContent)).toEqual(['Pause', 'Cancel']);
    const failed = within(panel).getByRole('listitem', { name: /^b\.bin/ });
    expect(failed.textContent).toContain('checksum mismatch');
    act(() => fake.emit('transfers.changed', { items: [dto({ id: 'c', name: 'c.bin', direction: 'download', state: 'failed', error: { code: 'LOCAL_FILE', message: 'x', details: { reason: 'ENOSPC', path: '/dl/c.bin' } } })], removed: [], totals }));
    expect(within(panel).getByRole('listitem', { name: /^c\.bin/ }).textContent).toContain('The disk is full. (/dl/c.bin)');
    await user.click(within(failed).getByRole('button', { name: 'Retry' }));
    expect(fake.callsOf('controlTransfers')).toEqual([{ action: 'retry', ids: ['b'] }]);
    expect(within(panel).getByRole('button', { name: /1 active transfer/ })).toBeTruthy();
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Transfers: 1 active'))).toBe(true);
  });

  it('keeps the row and its Pause button the same elements while progress events update them', async () => {
    const { user, fake } = setupApp();
    await openBucket(user, 'demo-oss');
    act(() => useTransfersStore.getState().setPanelOpen(true));
    act(() => fake.emit('transfers.changed', { items: [dto({ state: 'queued', transferred: 0 })], removed: [], totals }));
    const panel = screen.getByRole('region', { name: 'Transfers' });
    const row = await within(panel).findByRole('listitem', { name: /^a\.txt/ });
    const pause = within(row).getByRole('button', { name: 'Pause' });
    for (const transferred of [10, 40, 70]) {
      act(() => fake.emit('transfers.changed', { items: [dto({ transferred, rate: transferred * 100 })], removed: [], totals }));
    }
    expect(within(row).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('70');
    expect(within(panel).getByRole('listitem', { name: /^a\.txt/ })).toBe(row);
    expect(within(row).getByRole('button', { name: 'Pause' })).toBe(pause);
    await user.click(pause);
    expect(fake.callsOf('controlTransfers')).toEqual([{ action: 'pause', ids: ['a'] }]);
  });

  it('"File exists": Keep both for the first, then Replace with Apply to all for the rest', async () => {
    const { user, fake } = setupApp();
    fake.transferAnswers.upload = {
      status: 'conflicts',
      planId: 'plan-1',
      count: 3,
      conflicts: ['x.txt', 'y.txt', 'z.txt'].map((key) => ({ key, name: key, size: 1, lastModified: '2026-01-01T00:00:00Z', localSize: 2 })),
    };
    await openBucket(user, 'demo-oss');
    await user.click(screen.getByRole('button', { name: 'Upload files…' }));
    const dialog = await screen.findByRole('dialog', { name: 'File exists' });
    expect(dialog.textContent).toContain('x.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
    expect(dialog.textContent).toContain('y.txt');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Apply to all' }));
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'File exists' })).toBeNull());
    expect(fake.callsOf('resolveUploadConflicts')).toEqual([{ planId: 'plan-1', decisions: { 'x.txt': 'keep-both', 'y.txt': 'replace', 'z.txt': 'replace' } }]);
  });
});
