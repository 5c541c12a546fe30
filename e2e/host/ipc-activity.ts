// Counts requests in flight across the bridge, so a caller can wait until the renderer has
// stopped asking (lazily resolved link targets, next pages) before a screenshot.
export interface IpcActivity {
  begin(): void;
  end(): void;
  /** Resolves once nothing has been in flight for `quietMs`, or after `timeoutMs` regardless. */
  settled(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export function createIpcActivity(now: () => number = Date.now, sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))): IpcActivity {
  let inFlight = 0;
  let lastChange = now();
  return {
    begin() {
      inFlight += 1;
      lastChange = now();
    },
    end() {
      inFlight = Math.max(0, inFlight - 1);
      lastChange = now();
    },
    async settled(quietMs = 300, timeoutMs = 10_000) {
      const deadline = now() + timeoutMs;
      while (now() < deadline && (inFlight > 0 || now() - lastChange < quietMs)) await sleep(Math.min(50, quietMs));
    },
  };
}
