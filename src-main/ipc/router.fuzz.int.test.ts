// Property: 10,000 generated IPC payloads through the real router (createAppCore with a demo
// emulator) always get a Result: never a crash, a hang or an unhandled rejection; every error
// carries a contract code; no answer and no log line contains a secret or a stack, and every log
// line is one line. Payloads mix fc.anything() (null prototypes, bigints, Maps, sparse arrays...)
// with objects shaped like each channel's input whose values are hostile, plus throwing getters
// and proxies. Seeded: the same 10,000 every run; a failure prints seed and counterexample.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/index';
import { hostileText } from '../../emulator/test-hostile-bodies';
import { createAppCore, type AppCore } from '../app-core';
import { createMemoryCipher } from '../profiles/memory-cipher';
import { channelNames, channels, ErrorCode, type ProfileDto, type Result } from './contract';

const DEMO_SECRET = 'FUZZ-demo-secret-4e1b77c2';
const PROFILE_SECRET = 'FUZZ-profile-secret-9a0d33f5';
const BATCH = 50;
const BATCHES = 200; // 10,000 payloads

let emulator: RunningEmulator;
let core: AppCore;
let userDataDir: string;
let savedId = '';
const logLines: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const previousHome = process.env.HOME;

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logLines.push(args.map(String).join(' ')));
  }
  process.on('unhandledRejection', onUnhandled);
  userDataDir = await mkdtemp(path.join(tmpdir(), 'router-fuzz-'));
  process.env.HOME = userDataDir; // credential import looks in ~: nothing of the machine's
  emulator = await startEmulator({ seed: 'demo', accessKeySecret: DEMO_SECRET });
  const { oss, bos, accessKeyId, accessKeySecret } = emulator;
  // No logError override: the router's own logger is what the log assertions audit.
  core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', emulator: { oss, bos, accessKeyId, accessKeySecret }, openExternal: async () => {} });
  const saved = await core.router.invoke('profiles.save', { name: 'Fuzz', provider: 'oss', endpoint: oss, region: 'cn-hangzhou', addressing: 'path', accessKeyId, accessKeySecret: PROFILE_SECRET });
  savedId = (saved as Result<ProfileDto> & { ok: true }).value.id;
}, 30_000);
afterAll(async () => {
  await core?.close();
  await emulator?.close();
  process.off('unhandledRejection', onUnhandled);
  process.env.HOME = previousHome;
  vi.restoreAllMocks();
  await rm(userDataDir, { recursive: true, force: true });
});

/** The field names of a channel's input schema (zod object shape), to build near-valid payloads. */
function fieldsOf(channel: (typeof channelNames)[number]): string[] {
  let schema: unknown = channels[channel].input;
  for (let i = 0; i < 4 && schema; i++) {
    const s = schema as { shape?: Record<string, unknown>; unwrap?: () => unknown };
    if (s.shape) return Object.keys(s.shape);
    schema = typeof s.unwrap === 'function' ? s.unwrap() : undefined;
  }
  return [];
}

const poolValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom('local-demo', 'demo-oss', 'demo-bos', 'docs/', 'latest-report.pdf', 'https://example.com/', '/', ''),
  fc.constant(() => savedId).map((f) => f()),
  fc.integer({ min: -2, max: 2_000 }),
  fc.constantFrom(true, false, null, undefined, Number.NaN, Infinity, -0),
  fc.array(fc.record({ key: hostileText, etag: hostileText, kind: fc.constantFrom('object', 'symlink', 'folder', 'x') }), { maxLength: 3 }),
  fc.array(fc.record({ key: hostileText, target: hostileText }), { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
  fc.integer({ min: 300, max: 3_000 }).map((n) => '文'.repeat(n)), // beyond every byte limit, cheap to generate
  fc.anything({ maxDepth: 2 }),
);

function throwingGetter(value: Record<string, unknown>): Record<string, unknown> {
  return Object.defineProperty({ ...value }, 'profileId', { enumerable: true, get: () => { throw new Error('getter'); } });
}
const trapProxy = (value: object): object => new Proxy(value, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });

const channelArb = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...channelNames) }, { weight: 1, arbitrary: fc.oneof(hostileText, fc.constantFrom('__proto__', 'toString', 'constructor', 'ops.cancel ', 'APP.INFO')) });

const payloadArb = channelArb.chain((channel) => {
  const fields = channelNames.includes(channel as (typeof channelNames)[number]) ? fieldsOf(channel as (typeof channelNames)[number]) : ['x'];
  const shaped = fc.dictionary(fc.constantFrom(...fields, '__proto__', 'extra'), poolValue, { maxKeys: fields.length + 1 });
  const input = fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 3, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withBoxedValues: true }) },
    { weight: 1, arbitrary: shaped.map(throwingGetter) },
    { weight: 1, arbitrary: shaped.map(trapProxy) },
  );
  const call = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.uuid().map((callId) => ({ callId })) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );
  return fc.tuple(fc.constant(channel), input, call);
});

const codes = new Set<string>(ErrorCode.options);
const STACK = /\n\s+at |\.ts:\d+|node:internal/;

/** What is wrong with one answer, or undefined (plain checks: 10,000 expect() calls would cost seconds). */
function problemWith(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return 'not an object';
  const result = answer as Result<unknown>;
  if (typeof result.ok !== 'boolean') return 'no ok flag';
  const text = JSON.stringify(result) ?? '';
  if (text.includes(DEMO_SECRET) || text.includes(PROFILE_SECRET)) return 'a secret in the answer';
  if (result.ok) return undefined;
  if (!codes.has(result.error.code)) return `unknown code ${String(result.error.code)}`;
  if (typeof result.error.message !== 'string') return 'message is not a string';
  if (STACK.test(result.error.message)) return `a stack in the message: ${result.error.message.slice(0, 200)}`;
  if (Object.values(result.error.details ?? {}).some((v) => typeof v !== 'string')) return 'details that are not strings';
  return undefined;
}

async function invokeBounded(channel: string, input: unknown, call: unknown): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`hang on ${channel}`)), 10_000)));
  try {
    return await Promise.race([core.router.invoke(channel, input, call), hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('router: 10,000 generated payloads through createAppCore (fast-check, seeded)', () => {
  it('always answers a Result with a contract code, no secret or stack in answers or logs', async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(payloadArb, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const answers = await Promise.all(batch.map(([channel, input, call]) => invokeBounded(channel, input, call)));
        const problems = answers.flatMap((answer, i) => {
          const problem = problemWith(answer);
          return problem ? [`${String(batch[i]![0])}: ${problem}`] : [];
        });
        expect(problems).toEqual([]);
        count += batch.length;
      }),
      { seed: 0x13f022, numRuns: BATCHES, endOnFailure: true },
    );
    expect(count).toBeGreaterThanOrEqual(10_000);
    await new Promise((r) => setImmediate(r));
    expect(unhandled).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0); // the audit below audits something
    // eslint-disable-next-line no-control-regex
    const badLines = logLines.filter((line) => /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(line) || line.includes(DEMO_SECRET) || line.includes(PROFILE_SECRET) || STACK.test(line));
    expect(badLines).toEqual([]);
  }, 60_000);
});
