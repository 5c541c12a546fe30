/** @vitest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

async function openCreateLink(user: Parameters<typeof openFolder>[0], grid: HTMLElement, rowName: string) {
  fireEvent.contextMenu(await within(grid).findByRole('row', { name: rowName }), { clientX: 10, clientY: 10 });
  await user.click(await screen.findByRole('menuitem', { name: 'Create link…' }));
  return screen.findByRole('dialog', { name: 'Create link' });
}

describe('Create link dialog', () => {
  it('prefills a unique name and the target from the selection', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    const dialog = await openCreateLink(user, grid, 'guide.pdf');
    expect((within(dialog).getByRole('textbox', { name: 'Link name' }) as HTMLInputElement).value).toBe('guide (link).pdf');
    expect((within(dialog).getByRole('textbox', { name: 'Target' }) as HTMLInputElement).value).toBe('docs/guide.pdf');
    expect((within(dialog).getByRole('checkbox', { name: 'Replace existing object' }) as HTMLInputElement).checked).toBe(false);
    expect(within(dialog).queryByRole('combobox', { name: 'Target bucket' })).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Storage class' }).textContent).toContain('Archive');
  });

  it('words the suggested name in the UI language (readme（链接）.txt in Chinese)', async () => {
    const { user } = setupApp({}, { language: 'zh-CN' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    const grid = await screen.findByRole('grid', { name: '对象' });
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: 'readme.txt' }), { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: '创建链接…' }));
    const dialog = await screen.findByRole('dialog', { name: '创建链接' });
    expect((within(dialog).getByRole('textbox', { name: '链接名称' }) as HTMLInputElement).value).toBe('readme（链接）.txt');
  });

  it('names storage classes the same way in the list and the dialog (zh-CN: the provider names, translated)', async () => {
    const { user } = setupApp({}, { language: 'zh-CN' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-bos' }));
    const grid = await screen.findByRole('grid');
    await user.dblClick(await within(grid).findByRole('row', { name: 'data/' }));
    const row = await within(grid).findByRole('row', { name: 'report.csv' });
    // The listing says "STANDARD"; both places show BOS's own name for it, in Chinese.
    expect(within(row).getByText('标准存储')).toBeTruthy();
    // The status bar names the bucket's region from the same table.
    expect(screen.getByText('BOS · 华北-北京')).toBeTruthy();
    fireEvent.contextMenu(row, { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: '创建链接…' }));
    const dialog = await screen.findByRole('dialog');
    const options = within(dialog).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('标准存储');
    expect(options).toContain('冷存储-多AZ');
    expect(options).not.toContain('STANDARD');
  });

  it('shows validation errors beside the fields and sends nothing', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const dialog = await openCreateLink(user, grid, 'readme.txt');
    const name = within(dialog).getByRole('textbox', { name: 'Link name' });
    await user.clear(name);
    expect(await within(dialog).findByText('Enter a name for the link.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await user.type(name, 'x/');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Target' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('A key cannot end with “/” (that would be a folder).')).toBeTruthy();
    expect(within(dialog).getByText('Enter the key the link points to.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Add metadata' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Metadata name 1' }), 'bad key');
    expect(within(dialog).getByText('Metadata name “bad key” may use only letters, digits and “-”.')).toBeTruthy();
    expect(fake.callsOf('createLink')).toEqual([]);
    // Tab stays inside the modal.
    within(dialog).getByRole('button', { name: 'Create' }).focus();
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('counts metadata bytes live against the BOS limit and offers no Archive class', async () => {
    const { user } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    await openFolder(user, 'data/');
    const dialog = await openCreateLink(user, grid, 'report.csv');
    expect(within(dialog).getByRole('combobox', { name: 'Storage class' }).textContent).not.toMatch(/ARCHIVE/);
    await user.click(within(dialog).getByRole('button', { name: 'Add metadata' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Metadata name 1' }), 'owner');
    await user.type(within(dialog).getByRole('textbox', { name: 'Metadata value 1' }), '张三');
    // Counted as BOS does: "x-bce-meta-" (11) + "owner" (5) + "张三" (6).
    expect(within(dialog).getByText('22 / 2048 bytes')).toBeTruthy();
  });

  it('on a conflict shows what exists and replaces only when asked', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    const dialog = await openCreateLink(user, grid, 'guide.pdf');
    const name = within(dialog).getByRole('textbox', { name: 'Link name' });
    await user.clear(name);
    await user.type(name, 'readme.md{Enter}');
    const notice = await within(dialog).findByText(/An object already exists at “docs\/readme.md”/);
    expect(notice.textContent).toContain('object');
    expect(fake.bucket('demo-oss').get('docs/readme.md')?.target).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Replace it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.bucket('demo-oss').get('docs/readme.md')?.target).toBe('docs/guide.pdf');
    expect(fake.callsOf('createLink').map((c) => (c as { overwrite: boolean }).overwrite)).toEqual([false, true]);
  });

  it('creates the link with Enter, refreshes the listing and selects the new link', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    const dialog = await openCreateLink(user, grid, 'guide.pdf');
    await user.type(within(dialog).getByRole('textbox', { name: 'Link name' }), '{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(rowNames(grid)).toContain('guide (link).pdf'));
    await waitFor(() => expect(within(grid).getByRole('row', { name: 'guide (link).pdf' }).getAttribute('aria-selected')).toBe('true'));
    expect(fake.callsOf('createLink')).toEqual([
      { profileId: 'local-demo', bucket: 'demo-oss', key: 'docs/guide (link).pdf', target: 'docs/guide.pdf', targetBucket: undefined, overwrite: false, meta: {}, storageClass: undefined },
    ]);
  });

  it('on BOS offers the same-region BOS buckets as Target bucket and sends a cross-bucket target', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-bos');
    await openFolder(user, 'data/');
    const dialog = await openCreateLink(user, grid, 'report.csv');
    const bucket = within(dialog).getByRole('combobox', { name: 'Target bucket' });
    await waitFor(() => expect(within(bucket).getAllByRole('option').map((o) => o.textContent)).toEqual(['demo-bos', 'demo-bos-media']));
    await user.selectOptions(bucket, 'demo-bos-media');
    const target = within(dialog).getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, 'videos/intro.mp4');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('createLink')).toMatchObject([{ bucket: 'demo-bos', key: 'data/report (link).csv', target: 'videos/intro.mp4', targetBucket: 'demo-bos-media' }]);
  });

  it('in an OSS Archive bucket explains why and keeps Create disabled', async () => {
    const { user, fake } = setupApp();
    fake.put('demo-archive', 'cold.bin', 10, { storageClass: 'Archive' });
    const grid = await openBucket(user, 'demo-archive');
    const dialog = await openCreateLink(user, grid, 'cold.bin');
    const create = within(dialog).getByRole('button', { name: 'Create' }) as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    expect(create.getAttribute('aria-describedby')).toBe(within(dialog).getByText(/OSS does not allow links here/).id);
    await user.type(within(dialog).getByRole('textbox', { name: 'Link name' }), '{Enter}');
    expect(fake.callsOf('createLink')).toEqual([]);
  });

  it('in a BOS bucket whose default class is ARCHIVE offers no bucket default and sends a non-archive class', async () => {
    const { user, fake } = setupApp({ extraBuckets: [{ name: 'bos-cold', provider: 'bos', region: 'gz', storageClass: 'ARCHIVE' }] });
    fake.put('bos-cold', 'frozen.dat', 10, { storageClass: 'ARCHIVE' });
    const grid = await openBucket(user, 'bos-cold');
    const dialog = await openCreateLink(user, grid, 'frozen.dat');
    const storageClass = within(dialog).getByRole('combobox', { name: 'Storage class' });
    const options = within(storageClass).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((o) => o.value)).toEqual(['STANDARD', 'STANDARD_IA', 'COLD', 'MAZ_STANDARD', 'MAZ_STANDARD_IA', 'MAZ_COLD']);
    expect(options.map((o) => o.textContent)).toEqual(['Standard', 'Infrequent Access', 'Cold', 'Multi-AZ Standard', 'Multi-AZ Infrequent Access', 'Multi-AZ Cold']);
    expect(within(dialog).getByText(/cannot use this bucket's default class/)).toBeTruthy();
    await user.selectOptions(storageClass, 'COLD');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('createLink')).toMatchObject([{ bucket: 'bos-cold', key: 'frozen (link).dat', storageClass: 'COLD' }]);
  });

  it('makes the default name unique against rows the filter hides', async () => {
    const { user, fake } = setupApp();
    fake.put('demo-oss', 'docs/guide (link).pdf', 0, { target: 'docs/guide.pdf' });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'docs/');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'guide.pdf');
    await waitFor(() => expect(rowNames(grid)).toEqual(['guide.pdf']));
    const dialog = await openCreateLink(user, grid, 'guide.pdf');
    expect((within(dialog).getByRole('textbox', { name: 'Link name' }) as HTMLInputElement).value).toBe('guide (link 2).pdf');
  });

  it('says beside Target when the target does not exist yet, and asks before creating such a link', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const dialog = await openCreateLink(user, grid, 'readme.txt');
    const target = within(dialog).getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, 'docs/x.txt');
    expect(await within(dialog).findByText('No object at “docs/x.txt” yet: the link will be broken until one exists.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('No object at “docs/x.txt” yet — create the link anyway?');
    expect(fake.callsOf('createLink')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Create anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('createLink')).toMatchObject([{ target: 'docs/x.txt' }]);
  });

  it('says at once when the target is itself a link and offers its target instead', async () => {
    const { user, fake } = setupApp();
    const grid = await openBucket(user, 'demo-oss');
    const dialog = await openCreateLink(user, grid, 'readme.txt');
    const target = within(dialog).getByRole('textbox', { name: 'Target' }) as HTMLInputElement;
    await user.clear(target);
    await user.type(target, 'docs/latest.pdf');
    expect((await within(dialog).findByRole('status')).textContent).toBe('“docs/latest.pdf” is itself a link (to “docs/guide.pdf”): links to links cannot be read through.Point to its target instead');
    await user.click(within(dialog).getByRole('button', { name: 'Point to its target instead' }));
    expect(target.value).toBe('docs/guide.pdf');
    await waitFor(() => expect(within(dialog).queryByRole('status')).toBeNull());
    expect(fake.callsOf('createLink')).toEqual([]);
  });
});

describe('Retarget…', () => {
  it('opens with the current target focused and selected, the link\'s metadata and storage class filled in, and the overwrite implied', async () => {
    const { user, fake } = setupApp();
    const links = fake.bucket('demo-oss');
    links.set('links/to-guide', { ...links.get('links/to-guide')!, storageClass: 'IA', meta: { owner: 'alice' } });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'links/');
    fireEvent.contextMenu(await within(grid).findByRole('row', { name: /^to-guide/ }), { clientX: 10, clientY: 10 });
    await user.click(await screen.findByRole('menuitem', { name: 'Retarget link…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retarget link' });
    const target = (await within(dialog).findByRole('textbox', { name: 'Target' })) as HTMLInputElement;
    expect(target.value).toBe('docs/guide.pdf');
    await waitFor(() => expect(document.activeElement).toBe(target), { timeout: 5000 });
    expect([target.selectionStart, target.selectionEnd]).toEqual([0, 'docs/guide.pdf'.length]);
    expect((within(dialog).getByRole('combobox', { name: 'Storage class' }) as HTMLSelectElement).value).toBe('IA');
    expect((within(dialog).getByRole('textbox', { name: 'Metadata name 1' }) as HTMLInputElement).value).toBe('owner');
    expect((within(dialog).getByRole('textbox', { name: 'Metadata value 1' }) as HTMLInputElement).value).toBe('alice');
    expect(within(dialog).queryByRole('checkbox', { name: 'Replace existing object' })).toBeNull();

    // Typing replaces the selected target.
    await user.keyboard('docs/readme.md');
    await user.click(within(dialog).getByRole('button', { name: 'Retarget' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsOf('createLink')).toEqual([
      expect.objectContaining({ key: 'links/to-guide', target: 'docs/readme.md', overwrite: true, meta: { owner: 'alice' }, storageClass: 'IA' }),
    ]);
  });
});
