// Test support: the StorageError a promise rejects with (any other outcome fails the test).
import { StorageError } from '../errors';

export async function storageFailure(p: Promise<unknown>): Promise<StorageError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StorageError) return e;
    throw e;
  }
  throw new Error('expected a StorageError');
}
