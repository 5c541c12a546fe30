// ops.cancel: aborts a long operation started with an opId (links.scan).
import type { OperationRegistry } from './operation-registry';
import type { HandlerGroup } from './types';

export function createOpsHandlers(ops: Pick<OperationRegistry, 'cancel'>): HandlerGroup<'ops.cancel'> {
  return {
    // Cancelling an operation that already finished is not an error: the race is normal.
    'ops.cancel': async ({ opId }) => {
      ops.cancel(opId);
      return null;
    },
  };
}
