// Long operations (links.scan, later transfers) run under an operation id chosen by the
// renderer, so `ops.cancel` can abort them while the original request is still pending.
import { setMaxListeners } from 'node:events';
import { AppFailure } from '../../errors';

export interface OperationRegistry {
  /** Runs `work` with a signal that `cancel(opId)` aborts; the id is free again once it settles. */
  run<T>(opId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** True if an operation with this id was running. */
  cancel(opId: string): boolean;
  cancelAll(): void;
  readonly size: number;
}

export function createOperationRegistry(): OperationRegistry {
  const running = new Map<string, AbortController>();

  async function run<T>(opId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (running.has(opId)) throw new AppFailure('BAD_REQUEST', `An operation with id ${opId} is already running.`);
    const controller = new AbortController();
    // One signal fans out to every request of the operation (a 500-row resolve waits on it 500
    // times): not the listener leak Node's default warning at 11 is meant to catch.
    setMaxListeners(0, controller.signal);
    running.set(opId, controller);
    try {
      return await work(controller.signal);
    } finally {
      running.delete(opId);
    }
  }

  function cancel(opId: string): boolean {
    const controller = running.get(opId);
    controller?.abort();
    return controller !== undefined;
  }

  function cancelAll(): void {
    for (const controller of running.values()) controller.abort();
  }

  return {
    run,
    cancel,
    cancelAll,
    get size() {
      return running.size;
    },
  };
}
