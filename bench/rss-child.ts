// Uploads one file with our engine and prints how far RSS rose above its level before the
// upload (sampled every 20 ms): {"growth": bytes}. Run by transfer-bench.ts in its own process.
import { createStorageClient } from '../src-main/storage/create-client';
import type { EmulatorEndpoints } from '../src-main/storage/emulator-endpoints';
import { closeSharedTransport } from '../src-main/storage/requester';
import { createTransferQueue } from '../src-main/transfers/transfer-queue';

const { endpoints, file, bucket } = JSON.parse(process.env.BENCH_RSS ?? '{}') as { endpoints: EmulatorEndpoints; file: string; bucket: string };
const client = createStorageClient({ provider: 'oss', endpoint: endpoints.oss, region: 'cn-hangzhou', addressing: 'path', ...endpoints });
const queue = createTransferQueue({ clientFor: async () => client, onChange: () => {}, onRemove: () => {}, onPersist: () => {} });
global.gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const [item] = queue.add([{ profileId: 'bench', bucket, direction: 'upload', key: 'rss.bin', localPath: file, name: 'rss.bin', size: 0 }]);
await queue.idle();
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await closeSharedTransport();
if (item?.state !== 'done') {
  process.stderr.write(`upload ended ${item?.state}: ${item?.error?.message}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ growth: peak - baseline })}\n`);
