/** @vitest-environment jsdom */
// The OSS endpoint type beside the region preset: public, internal, dual-stack or transfer
// acceleration, all from the one rules table (ipc/rules.ts). Acceleration hosts carry no region,
// so the preset region is what V4 signs with.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type ProfileDto } from '../../contract';
import { setupApp } from '../../test/render-app';

async function profilesDialog(user: ReturnType<typeof setupApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Manage profiles…' }));
  return screen.findByRole('dialog', { name: 'Profiles' });
}

async function saveNew(user: ReturnType<typeof setupApp>['user'], dialog: HTMLElement, pick: () => Promise<void>) {
  await user.click(within(dialog).getByRole('button', { name: 'Add profile' }));
  await user.type(within(dialog).getByLabelText('Profile name'), 'Kinds');
  await pick();
  await user.type(within(dialog).getByLabelText('Access key ID'), 'AKID');
  await user.type(within(dialog).getByLabelText('Access key secret'), 'secret');
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

describe('endpoint type (OSS)', () => {
  it('saves the internal host of the chosen region, and names the host it will use', async () => {
    const { user, fake } = setupApp();
    const dialog = await profilesDialog(user);
    await saveNew(user, dialog, async () => {
      await user.selectOptions(within(dialog).getByLabelText('Region'), 'cn-shanghai');
      await user.selectOptions(within(dialog).getByLabelText('Endpoint type'), 'Internal (from Alibaba Cloud in the same region)');
      expect(within(dialog).getByText('oss-cn-shanghai-internal.aliyuncs.com')).toBeTruthy();
    });
    await waitFor(() => expect(fake.callsOf('saveProfile')).toHaveLength(1));
    expect(fake.callsOf('saveProfile')[0]).toMatchObject({ region: 'cn-shanghai', endpoint: 'https://oss-cn-shanghai-internal.aliyuncs.com' });
  });

  it('transfer acceleration: the regionless host, with the preset region kept for signing', async () => {
    const { user, fake } = setupApp();
    const dialog = await profilesDialog(user);
    await saveNew(user, dialog, async () => {
      await user.selectOptions(within(dialog).getByLabelText('Region'), 'cn-beijing');
      await user.selectOptions(within(dialog).getByLabelText('Endpoint type'), 'Transfer acceleration (global)');
    });
    await waitFor(() => expect(fake.callsOf('saveProfile')).toHaveLength(1));
    expect(fake.callsOf('saveProfile')[0]).toMatchObject({ region: 'cn-beijing', endpoint: 'https://oss-accelerate.aliyuncs.com' });
  });

  it('offers dual-stack only where the region has it; a region without it falls back to public', async () => {
    const { user } = setupApp();
    const dialog = await profilesDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add profile' }));
    const kind = () => within(dialog).getByLabelText('Endpoint type') as HTMLSelectElement;
    await user.selectOptions(kind(), 'Dual-stack (IPv4 and IPv6)');
    await user.selectOptions(within(dialog).getByLabelText('Region'), 'cn-nanjing');
    expect(within(kind()).queryByRole('option', { name: 'Dual-stack (IPv4 and IPv6)' })).toBeNull();
    expect(kind().value).toBe('public');
  });

  it('reopens a saved internal endpoint as region preset + type, and BOS has no type to pick', async () => {
    const internal: ProfileDto = { id: 'vpc', name: 'VPC', provider: 'oss', endpoint: 'https://oss-cn-hangzhou-internal.aliyuncs.com', region: 'cn-hangzhou', addressing: 'virtual-host', signatureVersion: 'v4', accessKeyId: 'AK', hasSecret: true, insecureStorage: false };
    const { user } = setupApp({ extraProfiles: [internal] });
    const dialog = await profilesDialog(user);
    await user.click(within(within(dialog).getByRole('list', { name: 'Profiles' })).getByRole('button', { name: 'VPC' }));
    await waitFor(() => expect((within(dialog).getByLabelText('Endpoint type') as HTMLSelectElement).value).toBe('internal'));
    expect((within(dialog).getByLabelText('Region') as HTMLSelectElement).value).toBe('cn-hangzhou');
    await user.click(within(dialog).getByRole('button', { name: 'Add profile' }));
    await user.selectOptions(within(dialog).getByLabelText('Provider'), 'bos');
    expect(within(dialog).queryByLabelText('Endpoint type')).toBeNull();
  });
});
