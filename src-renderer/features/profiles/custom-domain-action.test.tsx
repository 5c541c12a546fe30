/** @vitest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rowNames, setupApp } from '../../test/render-app';

describe('PublicEndpointForbidden: add a custom domain from the error', () => {
  it('says what to do, binds the typed domain to the bucket and lists again', async () => {
    const { user, fake } = setupApp({ customDomainRequired: ['demo-oss'] });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    expect(await screen.findByText(/Bind a custom domain to the bucket in the OSS console/)).toBeTruthy();
    const add = screen.getByRole('button', { name: 'Add custom domain' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    await user.type(screen.getByLabelText('Custom domain for demo-oss'), ' files.example.com ');
    await user.click(add);
    await waitFor(() => expect(fake.callsOf('setCustomDomain')).toEqual([{ id: 'local-demo', bucket: 'demo-oss', domain: 'files.example.com' }]));
    const grid = await screen.findByRole('grid', { name: 'Objects' });
    await waitFor(() => expect(rowNames(grid)).toContain('docs/'));
  });

  it('offers no domain form for other errors', async () => {
    const { user } = setupApp({ failListing: 'ACCESS_DENIED' });
    await user.click(await screen.findByRole('treeitem', { name: 'demo-oss' }));
    expect(await screen.findByText('You do not have permission to do this.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add custom domain' })).toBeNull();
  });
});
