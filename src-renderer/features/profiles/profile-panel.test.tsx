/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type ProfileDto } from '../../contract';
import { setupApp } from '../../test/render-app';

const WORK_OSS: ProfileDto = {
  id: 'work-oss',
  name: 'Work OSS',
  provider: 'oss',
  endpoint: 'https://oss-cn-shanghai.aliyuncs.com',
  region: 'cn-shanghai',
  addressing: 'virtual-host',
  signatureVersion: 'v4',
  accessKeyId: 'AKID-WORK',
  hasSecret: true,
  insecureStorage: false,
};

async function openSavedProfile(user: ReturnType<typeof setupApp>['user'], name: string) {
  await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
  await user.click(within(within(dialog).getByRole('list', { name: 'Profiles' })).getByRole('button', { name }));
  await waitFor(() => expect((within(dialog).getByLabelText('Profile name') as HTMLInputElement).value).toBe(name));
  return dialog;
}

async function openNewProfileForm(user: ReturnType<typeof setupApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
  await user.click(within(dialog).getByRole('button', { name: 'Add profile' }));
  return dialog;
}

describe('profile panel', () => {
  it('adds a BOS profile, sending the secret once and never showing it again', async () => {
    const { user, fake } = setupApp();
    const dialog = await openNewProfileForm(user);
    await user.type(within(dialog).getByLabelText('Profile name'), 'Work BOS');
    await user.selectOptions(within(dialog).getByLabelText('Provider'), 'bos');
    await user.selectOptions(within(dialog).getByLabelText('Region'), 'gz');
    expect(within(dialog).queryByLabelText('Signature')).toBeNull();
    await user.type(within(dialog).getByLabelText('Access key ID'), 'AKID');
    const secret = within(dialog).getByLabelText('Access key secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    await user.type(secret, 's3cr3t-value');
    expect(document.body.innerHTML).not.toContain('s3cr3t-value');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('saveProfile')).toHaveLength(1));
    expect(fake.callsOf('saveProfile')[0]).toMatchObject({ name: 'Work BOS', provider: 'bos', region: 'gz', endpoint: 'https://gz.bcebos.com', accessKeyId: 'AKID', accessKeySecret: 's3cr3t-value' });
    await waitFor(() => expect((within(dialog).getByLabelText('Access key secret') as HTMLInputElement).value).toBe(''));
    expect(document.body.innerHTML).not.toContain('s3cr3t-value');
    expect((screen.getByLabelText('Profile') as HTMLSelectElement).value).toBe('profile-2');
  });

  it('saves STS credentials with the token expiry, clears the token field and shows when it expires', async () => {
    const { user, fake } = setupApp();
    const dialog = await openNewProfileForm(user);
    await user.type(within(dialog).getByLabelText('Profile name'), 'Temp');
    await user.type(within(dialog).getByLabelText('Access key ID'), 'STS.AKID');
    await user.type(within(dialog).getByLabelText('Access key secret'), 'tmp-secret');
    const token = within(dialog).getByLabelText('Security token (STS, optional)') as HTMLInputElement;
    expect(token.type).toBe('password');
    await user.type(token, 'CAIS-token-value');
    await user.type(within(dialog).getByLabelText('Token expires at (optional)'), '2031-05-06T07:08');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('saveProfile')).toHaveLength(1));
    const sent = fake.callsOf('saveProfile')[0] as { securityToken: string; securityTokenExpiresAt: string };
    expect(sent.securityToken).toBe('CAIS-token-value');
    expect(new Date(sent.securityTokenExpiresAt).getTime()).toBe(new Date('2031-05-06T07:08').getTime());
    await waitFor(() => expect((within(dialog).getByLabelText('Security token (STS, optional)') as HTMLInputElement).value).toBe(''));
    expect(document.body.innerHTML).not.toContain('CAIS-token-value');
    expect(await within(dialog).findByText(/^Security token expires /)).toBeTruthy();
  });

  it('says so when the saved token has expired', async () => {
    const expired: ProfileDto = { ...WORK_OSS, hasSecurityToken: true, securityTokenExpiresAt: '2020-01-01T00:00:00Z' };
    const { user } = setupApp({ extraProfiles: [expired] });
    const dialog = await openSavedProfile(user, 'Work OSS');
    expect(within(dialog).getByRole('alert').textContent).toMatch(/^The security token expired .*: save new temporary credentials\.$/);
  });

  it('lists custom domains and removes one', async () => {
    const withDomain: ProfileDto = { ...WORK_OSS, customDomains: { 'photos': 'img.example.com' } };
    const { user, fake } = setupApp({ extraProfiles: [withDomain] });
    const dialog = await openSavedProfile(user, 'Work OSS');
    expect(within(dialog).getByText('photos → img.example.com')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Remove the custom domain of photos' }));
    await waitFor(() => expect(fake.callsOf('setCustomDomain')).toEqual([{ id: 'work-oss', bucket: 'photos', domain: '' }]));
    await waitFor(() => expect(within(dialog).queryByText('photos → img.example.com')).toBeNull());
  });

  it('binds a custom domain to a bucket of a BOS profile from the form (BOS serves data through bound domains too)', async () => {
    const bos: ProfileDto = { ...WORK_OSS, id: 'work-bos', name: 'Work BOS', provider: 'bos', endpoint: 'https://bj.bcebos.com', region: 'bj', customDomains: {} };
    const { user, fake } = setupApp({ extraProfiles: [bos] });
    const dialog = await openSavedProfile(user, 'Work BOS');
    const add = within(dialog).getByRole('button', { name: 'Add domain' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    await user.type(within(dialog).getByLabelText('Bucket'), ' media ');
    expect(add.disabled).toBe(true);
    await user.type(within(dialog).getByLabelText('Custom domain'), 'cdn.example.com');
    await user.click(add);
    await waitFor(() => expect(fake.callsOf('setCustomDomain')).toEqual([{ id: 'work-bos', bucket: 'media', domain: 'cdn.example.com' }]));
    expect(await within(dialog).findByText('media → cdn.example.com')).toBeTruthy();
    expect((within(dialog).getByLabelText('Bucket') as HTMLInputElement).value).toBe('');
  });

  it('names region presets from the region table: English name and id, or the Chinese name', async () => {
    const { user } = setupApp();
    const dialog = await openNewProfileForm(user);
    const region = within(dialog).getByLabelText('Region') as HTMLSelectElement;
    expect(within(region).getByRole('option', { name: 'China (Hangzhou) · cn-hangzhou' })).toBeTruthy();
    expect(within(region).getByRole('option', { name: 'China (Heyuan) · cn-heyuan' })).toBeTruthy();
    await user.selectOptions(within(dialog).getByLabelText('Provider'), 'bos');
    expect(within(region).getByRole('option', { name: 'North China (Yangquan) · yq' })).toBeTruthy();
  });

  it('names region presets in Chinese under zh-CN', async () => {
    const { user } = setupApp({}, { language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '管理配置…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '添加配置' }));
    const region = within(dialog).getByLabelText('地域') as HTMLSelectElement;
    expect(within(region).getByRole('option', { name: '华东1（杭州）' })).toBeTruthy();
    expect(region.value).toBe('cn-hangzhou');
  });

  it('asks before storing a secret without a keyring, then resends with consent', async () => {
    const { user, fake } = setupApp({ insecureVault: true });
    const dialog = await openNewProfileForm(user);
    await user.type(within(dialog).getByLabelText('Profile name'), 'OSS');
    await user.type(within(dialog).getByLabelText('Access key ID'), 'AKID');
    await user.type(within(dialog).getByLabelText('Access key secret'), 'pw');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Store anyway' }));
    await waitFor(() => expect(fake.callsOf('saveProfile')).toHaveLength(2));
    expect(fake.callsOf('saveProfile').map((c) => (c as { acceptInsecureStorage: boolean }).acceptInsecureStorage)).toEqual([false, true]);
  });

  it('tests a saved profile and shows a clear error for bad credentials', async () => {
    const { user } = setupApp();
    const dialog = await openNewProfileForm(user);
    await user.type(within(dialog).getByLabelText('Profile name'), 'Bad');
    await user.type(within(dialog).getByLabelText('Access key ID'), 'AKID');
    await user.type(within(dialog).getByLabelText('Access key secret'), 'wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByText('Connection failed: Sign-in failed: check the access key ID and secret.')).toBeTruthy();
  });

  it('tests a saved profile against the optional bucket, and without one when the field is empty', async () => {
    const { user, fake } = setupApp({ extraProfiles: [WORK_OSS] });
    const dialog = await openSavedProfile(user, 'Work OSS');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(fake.callsOf('testProfile')).toEqual([{ id: 'work-oss' }]));
    await user.type(within(dialog).getByLabelText('Bucket to test (optional)'), ' my-bucket ');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(fake.callsOf('testProfile')).toHaveLength(2));
    expect(fake.callsOf('testProfile')[1]).toEqual({ id: 'work-oss', bucket: 'my-bucket' });
  });

  it('edits a saved profile: an empty secret field keeps the saved secret', async () => {
    const { user, fake } = setupApp({ extraProfiles: [WORK_OSS] });
    const dialog = await openSavedProfile(user, 'Work OSS');
    const secret = within(dialog).getByLabelText('Access key secret') as HTMLInputElement;
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('Leave empty to keep the saved secret');
    const name = within(dialog).getByLabelText('Profile name');
    await user.clear(name);
    await user.type(name, 'Work OSS (Shanghai)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('saveProfile')).toHaveLength(1));
    const sent = fake.callsOf('saveProfile')[0] as Record<string, unknown>;
    expect(sent).toMatchObject({ id: 'work-oss', name: 'Work OSS (Shanghai)', provider: 'oss', region: 'cn-shanghai', accessKeyId: 'AKID-WORK' });
    expect(sent.accessKeySecret).toBeUndefined();
    const list = within(dialog).getByRole('list', { name: 'Profiles' });
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Work OSS (Shanghai)' })).toBeTruthy());
    expect(within(list).queryByRole('button', { name: 'Work OSS' })).toBeNull();
  });

  it('removes a profile only after confirmation and drops it from the list', async () => {
    const { user, fake } = setupApp({ extraProfiles: [WORK_OSS] });
    const dialog = await openSavedProfile(user, 'Work OSS');
    await user.click(within(dialog).getByRole('button', { name: 'Remove…' }));
    expect(fake.callsOf('removeProfile')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove “Work OSS”' }));
    await waitFor(() => expect(fake.callsOf('removeProfile')).toEqual([{ id: 'work-oss' }]));
    const list = within(dialog).getByRole('list', { name: 'Profiles' });
    await waitFor(() => expect(within(list).queryByRole('button', { name: 'Work OSS' })).toBeNull());
    expect(within(list).getByRole('button', { name: 'Local demo' })).toBeTruthy();
    expect([...(screen.getByLabelText('Profile') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['local-demo']);
  });
});

describe('profile panel: startup notices about the profile files', () => {
  it('says what was set aside and where the original is kept', async () => {
    const { user } = setupApp({
      storeNotices: [
        {
          kind: 'repaired',
          path: '/home/u/.config/Symbucket/profiles.json',
          backupPath: '/home/u/.config/Symbucket/profiles.json.bak',
          setAside: ['profile 2 "xxxx": name: Too big', 'profile 4 "Gcs": provider: Invalid option'],
          reason: 'invalid entries',
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
    const notices = within(dialog).getByRole('region', { name: 'Profile files' });
    const alert = within(notices).getByRole('alert');
    expect(alert.textContent).toContain('profiles.json was damaged. Everything that could be read was kept; the original file is saved as /home/u/.config/Symbucket/profiles.json.bak.');
    expect(alert.textContent).toContain('Set aside (2 entries):');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['profile 2 "xxxx": name: Too big', 'profile 4 "Gcs": provider: Invalid option']);
  });

  it('explains an unreadable file and one from a newer version, and shows nothing when all is well', async () => {
    const { user } = setupApp({
      storeNotices: [
        { kind: 'unreadable', path: '/cfg/profiles.json', setAside: [], reason: 'EACCES' },
        { kind: 'newer-version', path: '/cfg/vault.json', setAside: [], reason: 'version 2' },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
    const [unreadable, newer] = within(dialog).getAllByRole('alert') as [HTMLElement, HTMLElement];
    expect(unreadable.textContent).toContain('/cfg/profiles.json could not be read (EACCES).');
    expect(newer.textContent).toContain('/cfg/vault.json was written by a newer version of Symbucket (version 2). It is left untouched');
  });

  it('says in the user\'s words why a save was refused when the file was left alone', async () => {
    const { user } = setupApp({
      storeNotices: [{ kind: 'newer-version', path: '/cfg/profiles.json', setAside: [], reason: 'version 2' }],
      profilesFileLeftAlone: '/cfg/profiles.json',
    });
    const dialog = await openNewProfileForm(user);
    await user.type(within(dialog).getByLabelText('Profile name'), 'Blocked');
    await user.type(within(dialog).getByLabelText('Access key ID'), 'AK');
    await user.type(within(dialog).getByLabelText('Access key secret'), 'secret-value');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alerts = await within(dialog).findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toContain('Not saved: /cfg/profiles.json is left untouched (see the notice above), so changes cannot be written to it.');
  });

  it('shows no notice region without notices', async () => {
    const { user } = setupApp();
    await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Profiles' });
    expect(within(dialog).queryByRole('region', { name: 'Profile files' })).toBeNull();
  });
});
