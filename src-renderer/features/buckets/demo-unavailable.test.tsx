/** @vitest-environment jsdom */
// The embedded demo storage could not start (port, disk): the app still opens, the demo profile
// says why, and Retry asks again (main then starts the storage anew).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../../test/render-app';

describe('demo storage unavailable', () => {
  it('shows the error with a Retry that lists the buckets once the storage runs', async () => {
    const { user, fake } = setupApp({ failBuckets: { code: 'DEMO_UNAVAILABLE', times: 1 } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The local demo storage could not start');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('treeitem', { name: 'demo-oss' })).toBeTruthy();
    expect(fake.callsOf('listBuckets')).toHaveLength(2);
  });
});
