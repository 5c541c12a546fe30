// The renderer's side of a listing, without a renderer: every page of a folder through the app
// core's router, structured-cloned as Electron IPC clones it, read by the renderer's page reader.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppCore } from '../src-main/app-core';
import type { ObjectPage, Result } from '../src-main/ipc/contract';
import { createMemoryCipher } from '../src-main/profiles/memory-cipher';
import { LOCAL_DEMO_ID } from '../src-main/profiles/create-profiles-service';
import { closeSharedTransport } from '../src-main/storage/requester';
import type { EmulatorEndpoints } from '../src-main/storage/emulator-endpoints';
import { OSS_BUCKET } from './rivals';
import { pageColumns } from '../src-renderer/features/browser/page-columns';

export const BIG_PREFIX = 'big/';
const PREFIX = BIG_PREFIX;

export type Invoke = (channel: 'objects.list', input: unknown) => Promise<Result<ObjectPage>>;

/** Every page through the router, cloned as Electron IPC clones it; returns the rows seen. */
export async function listThroughRouter(invoke: Invoke, onPage?: () => void): Promise<number> {
  let rows = 0;
  let cursor: string | undefined;
  do {
    const answer = structuredClone(await invoke('objects.list', { profileId: LOCAL_DEMO_ID, bucket: OSS_BUCKET, prefix: PREFIX, ...(cursor && { cursor }) }));
    if (!answer.ok) throw new Error(`objects.list failed: ${answer.error.code}`);
    // Read as the renderer reads it (its one page reader), so decode work moved off the wire is still counted.
    rows += pageColumns(answer.value).count;
    cursor = answer.value.nextCursor;
    onPage?.();
  } while (cursor);
  return rows;
}

export async function withCore<T>(emu: EmulatorEndpoints, run: (invoke: Invoke) => Promise<T>): Promise<T> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'symbucket-bench-'));
  const { oss, bos, accessKeyId, accessKeySecret } = emu;
  const core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', emulator: { oss, bos, accessKeyId, accessKeySecret }, logError: () => {} });
  try {
    return await run((channel, input) => core.router.invoke(channel, input) as Promise<Result<ObjectPage>>);
  } finally {
    await core.close();
    await closeSharedTransport();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

