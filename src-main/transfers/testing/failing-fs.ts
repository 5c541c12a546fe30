// Test support: the transfers' LocalFs over node:fs with failures injected by operation and
// path, errors shaped as Node's (code, syscall, path). `redirect` opens another file instead
// (say /dev/full, whose writes fail with a real ENOSPC from the kernel).
import type { FileHandle } from 'node:fs/promises';
import { type LocalFs, NODE_FS } from '../local-fs';

export type FsOp = 'open' | 'read' | 'write' | 'stat' | 'mkdir' | 'rename';

export interface FsFault {
  op: FsOp;
  path: (path: string) => boolean;
  /** The errno to fail with (unless `redirect`). */
  code?: string;
  /** open only: open this file instead. */
  redirect?: string;
  /** read / write only: fail from this file position on. */
  from?: number;
}

function nodeError(code: string, syscall: string, path: string): Error {
  return Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path });
}

export function failingFs(faults: FsFault[]): LocalFs & { faults: FsFault[] } {
  const find = (op: FsOp, path: string) => faults.find((f) => f.op === op && f.path(path));
  const fail = (op: FsOp, path: string): void => {
    const f = find(op, path);
    if (f?.code) throw nodeError(f.code, op, path);
  };
  const handle = (fh: FileHandle, path: string): FileHandle =>
    new Proxy(fh, {
      get(target, prop, receiver) {
        if (prop !== 'read' && prop !== 'write') return Reflect.get(target, prop, receiver) as unknown;
        return async (buf: Buffer, offset: number, length: number, position: number) => {
          const f = find(prop, path);
          if (f?.code && position + length > (f.from ?? 0)) throw Object.assign(new Error(`${f.code}: injected ${prop}`), { code: f.code, syscall: prop });
          return prop === 'read' ? target.read(buf, offset, length, position) : target.write(buf, offset, length, position);
        };
      },
    });
  return {
    faults,
    async open(path, flags) {
      fail('open', path);
      const to = find('open', path)?.redirect;
      if (!to) return handle(await NODE_FS.open(path, flags), path);
      await (await NODE_FS.open(path, flags)).close(); // the file exists as the app expects
      return handle(await NODE_FS.open(to, 'r+'), path);
    },
    async stat(path) {
      fail('stat', path);
      return NODE_FS.stat(path);
    },
    async mkdir(path) {
      fail('mkdir', path);
      return NODE_FS.mkdir(path);
    },
    async rename(from, to) {
      fail('rename', to);
      return NODE_FS.rename(from, to);
    },
    remove: (path) => NODE_FS.remove(path),
  };
}
