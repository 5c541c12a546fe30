// Test support for fault injection: a fixed seed per test (EMU_FAULT_SEED overrides it to replay
// a failure), and a wrapper that names the seed when the test fails.

/** The seed a fault test uses: `EMU_FAULT_SEED` when set, else the test's own fixed one. */
export function faultSeed(fixed: number): number {
  const fromEnv = process.env.EMU_FAULT_SEED;
  return fromEnv === undefined || fromEnv === '' ? fixed : Number(fromEnv) >>> 0;
}

/** Runs `fn`; if it fails, the error says which seed to replay with. */
export async function withFaultSeed<T>(seed: number, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const note = `fault seed ${seed} (replay: EMU_FAULT_SEED=${seed})`;
    process.stderr.write(`[fault test failed] ${note}\n`);
    if (e instanceof Error) e.message = `${e.message}\n${note}`;
    throw e;
  }
}
