/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type ImportCandidate } from '../../contract';
import { setupApp } from '../../test/render-app';

const OSSUTIL: ImportCandidate = { source: 'ossutil', provider: 'oss', accessKeyId: 'AKID-OSSUTIL', endpoint: 'https://oss-cn-beijing.aliyuncs.com', region: 'cn-beijing' };
const BCECMD: ImportCandidate = { source: 'bcecmd', provider: 'bos', accessKeyId: 'AKID-BCE', endpoint: 'https://su.bcebos.com', region: 'su' };

async function openImport(user: ReturnType<typeof setupApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
  await user.click(within(dialog).getByRole('button', { name: 'Import…' }));
  return dialog;
}

describe('profile import', () => {
  it('lists the credentials found with source, provider, access key ID and endpoint/region', async () => {
    const { user } = setupApp({ importCandidates: [OSSUTIL, BCECMD] });
    const dialog = await openImport(user);
    const list = await within(dialog).findByRole('list', { name: 'Credentials found' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual(['ossutil (~/.ossutilconfig)', 'bcecmd config']);
    const bce = within(list).getByRole('listitem', { name: 'bcecmd config' });
    for (const text of ['Baidu AI Cloud BOS', 'AKID-BCE', 'https://su.bcebos.com', 'su']) expect(within(bce).getByText(text)).toBeTruthy();
    expect(within(bce).queryByText('AKID-OSSUTIL')).toBeNull();
  });

  it('imports a candidate under the typed name and selects the new profile', async () => {
    const { user, fake } = setupApp({ importCandidates: [OSSUTIL, BCECMD] });
    const dialog = await openImport(user);
    const item = await within(dialog).findByRole('listitem', { name: 'bcecmd config' });
    const name = within(item).getByLabelText('Name for the imported profile');
    await user.clear(name);
    await user.type(name, 'Work BOS');
    await user.click(within(item).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(fake.callsOf('importProfile')).toEqual([{ source: 'bcecmd', name: 'Work BOS' }]));
    const list = within(dialog).getByRole('list', { name: 'Profiles' });
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Work BOS' })).toBeTruthy());
    await waitFor(() => expect((screen.getByLabelText('Profile') as HTMLSelectElement).value).toBe('profile-2'));
  });

  it('asks before storing the imported secret without a keyring, then resends with consent', async () => {
    const { user, fake } = setupApp({ importCandidates: [OSSUTIL], insecureVault: true });
    const dialog = await openImport(user);
    const item = await within(dialog).findByRole('listitem', { name: 'ossutil (~/.ossutilconfig)' });
    await user.click(within(item).getByRole('button', { name: 'Import' }));
    await user.click(await within(item).findByRole('button', { name: 'Store anyway' }));
    await waitFor(() => expect(fake.callsOf('importProfile')).toHaveLength(2));
    expect(fake.callsOf('importProfile')).toEqual([
      { source: 'ossutil', name: 'OSS (ossutil)' },
      { source: 'ossutil', name: 'OSS (ossutil)', acceptInsecureStorage: true },
    ]);
  });

  it('says where it looked when no credentials are found', async () => {
    const { user, fake } = setupApp();
    const dialog = await openImport(user);
    expect(await within(dialog).findByText('No credentials found in ~/.ossutilconfig, bcecmd config or OSS_ACCESS_KEY_* environment variables')).toBeTruthy();
    expect(within(dialog).queryByRole('list', { name: 'Credentials found' })).toBeNull();
    expect(fake.callsOf('importCandidates')).toHaveLength(1);
  });
});
