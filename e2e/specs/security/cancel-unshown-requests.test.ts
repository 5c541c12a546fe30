// The renderer cancels what it no longer shows: leaving a bucket whose listing is still loading
// sends ops.cancel with that request's call id (through the real browser-host bridge), and main
// answers the abandoned listing CANCELLED instead of finishing it.
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { bucketEntry } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { useOwnEmulator } from '../../helpers/own-emulator';

const emulator = useOwnEmulator({ seed: 'demo' });

test('leaving a bucket while its listing loads cancels that listing in main', async ({ launch }) => {
  const app = await launch({ emulator: emulator(), recordIpc: true });
  const { page } = app;
  await bucketEntry(page, DEMO_BUCKETS.bos).waitFor();

  emulator().setFaults({ latencyMs: 3_000 }); // the next listing hangs long enough to be left behind
  await bucketEntry(page, DEMO_BUCKETS.oss).click();
  await expect.poll(async () => (await app.ipcRecords()).some((r) => r.direction === 'request' && r.channel === 'objects.list')).toBe(true);
  emulator().setFaults({ latencyMs: 0 });
  await openBucket(page, DEMO_BUCKETS.bos);

  await expect
    .poll(async () => {
      const records = await app.ipcRecords();
      const cancels = records.filter((r) => r.direction === 'request' && r.channel === 'ops.cancel');
      const cancelledListing = records.some(
        (r) => r.direction === 'response' && r.channel === 'objects.list' && (r.payload as { ok: boolean; error?: { code: string } }).error?.code === 'CANCELLED',
      );
      return { cancel: cancels.some((r) => String((r.payload as { opId?: string }).opId).startsWith('call-')), cancelledListing };
    }, { timeout: 10_000 })
    .toEqual({ cancel: true, cancelledListing: true });
});
