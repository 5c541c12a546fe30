// seek-1m: list round trips to show a key deep in a 1,000,000-object folder, in the built
// renderer (e2e browser host, real router and emulator): the Location field gets
// `demo-oss/big/<key>` and Enter; counted are the objects.list requests for that folder until the
// key's row is selected on screen. Scanning would take one per 1,000 keys before it.
import { bucketEntry, objectRow } from '../e2e/helpers/locators';
import { BIG_PREFIX, bigKey } from '../emulator/seed-big';
import { browserHostRounds } from './browser-rounds';
import { OSS_BUCKET } from './rivals';
import { type BenchScale } from './scale';
import { median, result, type BenchResult } from './stats';

export async function benchSeek(scale: BenchScale): Promise<BenchResult> {
  const count = scale.seekObjects;
  const index = Math.round(count * 0.765);
  const key = bigKey(index);
  const rounds = await browserHostRounds(scale.rounds, { bigObjects: count }, async (app) => {
    const { page } = app;
    await bucketEntry(page, OSS_BUCKET).click();
    await objectRow(page, BIG_PREFIX).waitFor();
    await app.ipcSettled();
    const before = (await app.ipcRecords()).length;
    const location = page.getByRole('textbox', { name: 'Location' });
    await location.fill(`${OSS_BUCKET}/${key}`);
    const t0 = Date.now();
    await location.press('Enter');
    const row = objectRow(page, key.slice(BIG_PREFIX.length));
    await row.and(page.locator('[aria-selected="true"]')).waitFor({ timeout: 120_000 });
    const ms = Date.now() - t0;
    await app.ipcSettled();
    const lists = (await app.ipcRecords()).slice(before).filter((x) => x.direction === 'request' && x.channel === 'objects.list' && (x.payload as { prefix?: string }).prefix === BIG_PREFIX);
    return { trips: lists.length, ms };
  }, { recordIpc: true });
  const trips = rounds.map((r) => r.trips);
  const times = rounds.map((r) => r.ms);
  return result(trips, 'list round trips to show the key', '≤ 3 list round trips', (m) => m <= 3, {
    keyIndex: index,
    scanWouldTake: Math.ceil(index / 1000),
    msToSelectedRow: median(times),
  });
}
