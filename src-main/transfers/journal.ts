// The queue on disk: one JSON file in the user-data dir, replaced atomically (temp file, fsync,
// rename) at most every `intervalMs` while transfers run, so a restart resumes with the upload
// ids, finished parts and partial downloads it had. A torn or foreign file is set aside, never fatal.
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TransferItem } from './types';

interface JournalFile {
  version: 1;
  items: TransferItem[];
}

export interface Journal {
  load(): TransferItem[];
  /** Schedules a write of `snapshot()`; writes are serialized and coalesced. */
  touch(): void;
  /** Writes now and waits (shutdown, tests). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createJournal(file: string, snapshot: () => TransferItem[], { intervalMs = 250 } = {}): Journal {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let closed = false;

  async function write(): Promise<void> {
    const body = JSON.stringify({ version: 1, items: snapshot() } satisfies JournalFile);
    const tmp = `${file}.tmp`;
    mkdirSync(dirname(file), { recursive: true });
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(body);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  }

  const enqueueWrite = (): Promise<void> => {
    writing = writing.then(write).catch((e: unknown) => console.warn(`[transfers] journal not written: ${e instanceof Error ? e.message : String(e)}`));
    return writing;
  };

  return {
    load() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      try {
        const parsed = JSON.parse(text) as Partial<JournalFile>;
        if (parsed.version === 1 && Array.isArray(parsed.items)) return parsed.items;
      } catch {
        // fall through: keep the damaged file for inspection, start empty
      }
      try {
        renameSync(file, `${file}.damaged-${Date.now()}`);
      } catch {
        // nothing to set aside
      }
      return [];
    },
    touch() {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void enqueueWrite();
      }, intervalMs);
    },
    flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      return enqueueWrite();
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await enqueueWrite();
    },
  };
}
