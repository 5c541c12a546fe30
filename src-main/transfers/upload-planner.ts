// Turns an upload selection into queue items: expand folders, build keys, refuse keys beyond
// 1,024 bytes and unreadable files with a per-item error, find the keys that exist and hold the
// plan until the user chooses Replace / Skip / Keep both for each.
import { randomUUID } from 'node:crypto';
import type { ConflictChoice, UploadConflict, UploadResult } from '../ipc/contract';
import type { StorageClient } from '../storage/types';
import { expandSelection, type LocalEntry } from './local-walk';
import { existingObjects, freeKey, keyTooLong } from './remote-names';
import type { NewTransfer } from './transfer-queue';

export interface UploadTarget {
  profileId: string;
  bucket: string;
  prefix: string;
}

interface Plan {
  target: UploadTarget;
  entries: (LocalEntry & { key: string })[];
  conflicts: Map<string, UploadConflict>;
}

const nameOf = (relative: string): string => relative.slice(relative.lastIndexOf('/') + 1);

export interface UploadPlanner {
  plan(target: UploadTarget, paths: readonly string[]): Promise<UploadResult>;
  resolve(planId: string, decisions: Record<string, ConflictChoice>): Promise<UploadResult>;
}

export function createUploadPlanner(deps: {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  enqueue(items: NewTransfer[]): void;
}): UploadPlanner {
  const pending = new Map<string, Plan>();

  async function enqueue(plan: Plan, decisions: Record<string, ConflictChoice>): Promise<UploadResult> {
    const client = await deps.clientFor(plan.target.profileId, plan.target.bucket);
    const taken = new Set(plan.entries.map((e) => e.key));
    const items: NewTransfer[] = [];
    for (const entry of plan.entries) {
      let key = entry.key;
      if (plan.conflicts.has(key)) {
        const choice = decisions[key] ?? 'skip';
        if (choice === 'skip') continue;
        if (choice === 'keep-both') {
          key = await freeKey(client, plan.target.bucket, key, taken);
          taken.add(key);
        }
      }
      const base = { direction: 'upload' as const, profileId: plan.target.profileId, bucket: plan.target.bucket, key, localPath: entry.path, name: nameOf(key), size: entry.size };
      const error = entry.error ?? (keyTooLong(key) ? { code: 'INVALID_ARGUMENT' as const, message: 'The object name would be longer than 1,024 bytes.', details: { reason: 'keyTooLong' } } : undefined);
      items.push(error ? { ...base, state: 'failed', error } : base);
    }
    deps.enqueue(items);
    return { status: 'queued', count: items.length };
  }

  return {
    async plan(target, paths) {
      const entries: Plan['entries'] = [];
      for await (const entry of expandSelection(paths)) entries.push({ ...entry, key: target.prefix + entry.relative });
      const client = await deps.clientFor(target.profileId, target.bucket);
      const checkable = entries.filter((e) => !e.error && !keyTooLong(e.key)).map((e) => e.key);
      const existing = await existingObjects(client, target.bucket, checkable);
      const conflicts = new Map<string, UploadConflict>();
      for (const e of entries) {
        const found = existing.get(e.key);
        if (found) conflicts.set(e.key, { key: e.key, name: nameOf(e.key), size: found.size, lastModified: found.lastModified, localSize: e.size });
      }
      const plan: Plan = { target, entries, conflicts };
      if (conflicts.size === 0) return enqueue(plan, {});
      const planId = randomUUID();
      pending.set(planId, plan);
      return { status: 'conflicts', planId, conflicts: [...conflicts.values()], count: entries.length };
    },

    async resolve(planId, decisions) {
      const plan = pending.get(planId);
      if (!plan) return { status: 'cancelled' };
      pending.delete(planId);
      return enqueue(plan, decisions);
    },
  };
}
