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
import type { StorageClient } from '../src-main/storage/types';
import { BIG_PREFIX } from '../emulator/seed-big';
import { OSS_BUCKET } from './rivals';
import { pageColumns } from '../src-renderer/features/browser/page-columns';

// The seeded big folder (emulator seed `big:N`).
export { BIG_PREFIX };
const PREFIX = BIG_PREFIX;

export type Invoke = (channel: 'objects.list', input: unknown) => Promise<Result<ObjectPage>>;

/** The folder listing the table asks for (its default delimiter, spelled out so that the
 * StorageClient side of ipc-list makes exactly the same request). */
export const TABLE_LISTING = { bucket: OSS_BUCKET, prefix: PREFIX, delimiter: '/' } as const;

export interface PageStep {
  rows: number;
  nextCursor: string | undefined;
}

/** One page through the router, cloned as Electron IPC clones it and read by the renderer's page reader. */
export async function routerPage(invoke: Invoke, cursor: string | undefined): Promise<PageStep> {
  const answer = structuredClone(await invoke('objects.list', { profileId: LOCAL_DEMO_ID, ...TABLE_LISTING, ...(cursor && { cursor }) }));
  if (!answer.ok) throw new Error(`objects.list failed: ${answer.error.code}`);
  // Read as the renderer reads it (its one page reader), so decode work moved off the wire is still counted.
  return { rows: pageColumns(answer.value).count, nextCursor: answer.value.nextCursor };
}

/** The same page from the StorageClient alone. */
export async function clientPage(client: StorageClient, cursor: string | undefined): Promise<PageStep> {
  const page = await client.listObjects({ ...TABLE_LISTING, ...(cursor && { cursor }) });
  return { rows: page.objects.length + page.folders.length, nextCursor: page.nextCursor };
}

/** Every page through the router; returns the rows seen. */
export async function listThroughRouter(invoke: Invoke, onPage?: () => void): Promise<number> {
  let rows = 0;
  let cursor: string | undefined;
  do {
    const page = await routerPage(invoke, cursor);
    rows += page.rows;
    cursor = page.nextCursor;
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

