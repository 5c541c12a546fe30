/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, setupApp } from '../../test/render-app';

/** A DataTransfer stand-in: jsdom has none. */
function dataTransfer(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  return {
    get types() {
      return [...store.keys()];
    },
    setData: (type: string, value: string) => void store.set(type, value),
    getData: (type: string) => store.get(type) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

function drag(source: HTMLElement, target: HTMLElement) {
  const dt = dataTransfer();
  fireEvent.dragStart(source, { dataTransfer: dt });
  fireEvent.dragEnter(target, { dataTransfer: dt });
  fireEvent.dragOver(target, { dataTransfer: dt });
  fireEvent.drop(target, { dataTransfer: dt });
}

describe('drag to link', () => {
  it('drops three selected rows on a folder row, confirms, and creates one link per item', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await user.click(await within(grid).findByRole('row', { name: 'guide.pdf' }));
    await user.keyboard('{Shift>}');
    await user.click(within(grid).getByRole('row', { name: 'readme.md' }));
    await user.keyboard('{/Shift}');
    drag(within(grid).getByRole('row', { name: 'guide.pdf' }), within(grid).getByRole('row', { name: 'archive/' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 3 links' });
    const plan = within(dialog).getByRole('list', { name: 'Links to create' });
    expect(within(plan).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'guide.pdf→docs/guide.pdf',
      'latest.pdf→docs/latest.pdf',
      'readme.md→docs/readme.md',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Create 3 links' }));
    expect(await within(dialog).findByText('Created 3, skipped 0, failed 0.')).toBeTruthy();
    expect(fake.callsOf('createLinks')).toEqual([
      {
        profileId: 'local-demo',
        bucket: 'demo-oss',
        overwrite: false,
        items: [
          { key: 'docs/archive/guide.pdf', target: 'docs/guide.pdf' },
          { key: 'docs/archive/latest.pdf', target: 'docs/latest.pdf' },
          { key: 'docs/archive/readme.md', target: 'docs/readme.md' },
        ],
      },
    ]);
  });

  it('lists conflicts before creating and reports skipped items', async () => {
    const { user, fake } = setupApp();
    fake.put('demo-oss', 'images/readme.txt');
    const grid = await openBucket(user, 'demo-oss');
    drag(await within(grid).findByRole('row', { name: 'readme.txt' }), within(grid).getByRole('row', { name: 'images/' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 1 link' });
    expect(await within(dialog).findByText('Exists')).toBeTruthy();
    expect(within(dialog).getByText('1 name is already taken.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(await within(dialog).findByText('Created 0, skipped 1, failed 0.')).toBeTruthy();
  });

  it('accepts drops on a breadcrumb segment and on a sidebar bucket, not OS file drags', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    await openFolder(user, 'data/');
    const row = await within(grid).findByRole('row', { name: 'report.csv' });
    const osDrag = dataTransfer({ Files: '' });
    fireEvent.drop(screen.getByRole('treeitem', { name: 'demo-bos-media' }), { dataTransfer: osDrag });
    expect(screen.queryByRole('dialog')).toBeNull();

    drag(row, screen.getByRole('treeitem', { name: 'demo-bos-media' }));
    let dialog = await screen.findByRole('dialog', { name: 'Create 1 link' });
    expect(within(dialog).getByRole('listitem').textContent).toBe('report.csv→demo-bos/data/report.csv');
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    await within(dialog).findByText('Created 1, skipped 0, failed 0.');
    expect(fake.bucket('demo-bos-media').get('report.csv')).toMatchObject({ target: 'data/report.csv', targetBucket: 'demo-bos' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    drag(within(grid).getByRole('row', { name: 'report.csv' }), within(screen.getByRole('navigation', { name: 'Path' })).getByRole('button', { name: 'demo-bos' }));
    dialog = await screen.findByRole('dialog', { name: 'Create 1 link' });
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    await within(dialog).findByText('Created 1, skipped 0, failed 0.');
    expect(fake.bucket('demo-bos').get('report.csv')).toMatchObject({ target: 'data/report.csv' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });


  it('explains that folders cannot be link targets', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    drag(await within(grid).findByRole('row', { name: 'docs/' }), within(grid).getByRole('row', { name: 'images/' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Folders cannot be link targets');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('blocks a BOS cross-bucket drop onto a bucket in another region, with the reason', async () => {
    const { user, fake } = setupApp({ extraBuckets: [{ name: 'bos-gz', provider: 'bos', region: 'gz', storageClass: 'STANDARD' }] });
    const grid = await openBucket(user, 'demo-bos');
    await openFolder(user, 'data/');
    drag(await within(grid).findByRole('row', { name: 'report.csv' }), screen.getByRole('treeitem', { name: 'bos-gz' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 1 link' });
    const notice = await within(dialog).findByText(/BOS links can point only into a BOS bucket in the same region/);
    expect(notice.textContent).toContain('“demo-bos” (bj)');
    const create = within(dialog).getByRole('button', { name: 'Create link' }) as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    expect(create.getAttribute('aria-describedby')).toBe(notice.id);
    fireEvent.click(create);
    expect(fake.callsOf('createLinks')).toEqual([]);
  });

  it('blocks a drop from a BOS bucket onto an OSS bucket (OSS links stay in their bucket)', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    await openFolder(user, 'data/');
    drag(await within(grid).findByRole('row', { name: 'report.csv' }), screen.getByRole('treeitem', { name: 'demo-oss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 1 link' });
    expect(await within(dialog).findByText(/OSS links must point inside the same bucket/)).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Create link' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fake.callsOf('createLinks')).toEqual([]);
  });

  it('blocks a drop from an OSS bucket onto a BOS bucket', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    drag(await within(grid).findByRole('row', { name: 'readme.txt' }), screen.getByRole('treeitem', { name: 'demo-bos' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 1 link' });
    expect(await within(dialog).findByText(/“demo-oss” \(cn-hangzhou\) cannot be targeted from “demo-bos” \(bj\)/)).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Create link' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
