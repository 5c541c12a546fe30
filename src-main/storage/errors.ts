import type { Provider } from './types';

/** The one error type every storage operation throws. `code` is the provider's code
 * (NoSuchKey, SymlinkTargetNotExist, ...) or one of ours: NetworkError, Timeout, Aborted, InvalidResponse. */
export class StorageError extends Error {
  readonly code: string;
  readonly status: number;
  readonly requestId: string;
  readonly provider: Provider;

  constructor(init: { code: string; status: number; requestId?: string; provider: Provider; message: string; cause?: unknown }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'StorageError';
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId ?? '';
    this.provider = init.provider;
  }
}

export function isStorageError(e: unknown, code?: string): e is StorageError {
  return e instanceof StorageError && (code === undefined || e.code === code);
}
