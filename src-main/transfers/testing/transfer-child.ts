// A transfer process to kill: starts one upload or download through the transfers service
// (journal in SYMBUCKET_CHILD.userDataDir) and keeps running until it is killed.
import { createStorageClient } from '../../storage/create-client';
import { createTransfersService } from '../transfers-service';

interface ChildJob {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  userDataDir: string;
  bucket: string;
  upload?: string;
  download?: { key: string; directory: string };
}

const job = JSON.parse(process.env.SYMBUCKET_CHILD ?? '{}') as ChildJob;
const client = createStorageClient({
  provider: 'oss',
  endpoint: job.endpoint,
  region: 'cn-hangzhou',
  addressing: 'path',
  accessKeyId: job.accessKeyId,
  accessKeySecret: job.accessKeySecret,
  maxRetries: 4,
});
const service = createTransfersService({
  userDataDir: job.userDataDir,
  clientFor: async () => client,
  dialogs: { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => job.download?.directory },
  emit: () => {},
});
const target = { profileId: 'p', bucket: job.bucket };
if (job.upload) await service.uploadPaths({ ...target, prefix: 'resume/' }, [job.upload]);
if (job.download) await service.download(target, [{ key: job.download.key, kind: 'object' }]);
process.stdout.write('started\n');
setInterval(() => undefined, 60_000);
