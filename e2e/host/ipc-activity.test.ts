import { describe, expect, it } from 'vitest';
import { createIpcActivity } from './ipc-activity';

/** A clock that only moves when the activity sleeps. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), advance: (ms: number) => void (t += ms) };
}

describe('createIpcActivity()', () => {
  it('settles once nothing has been in flight for the quiet period', async () => {
    const clock = fakeClock();
    const activity = createIpcActivity(clock.now, clock.sleep);
    activity.begin();
    activity.end();
    await activity.settled(300, 10_000);
    expect(clock.now()).toBeGreaterThanOrEqual(300);
    expect(clock.now()).toBeLessThan(400);
  });

  it('waits while a request is in flight, up to the timeout', async () => {
    const clock = fakeClock();
    const activity = createIpcActivity(clock.now, clock.sleep);
    activity.begin();
    await activity.settled(100, 2_000);
    expect(clock.now()).toBeGreaterThanOrEqual(2_000);
  });

  it('returns at once when the bridge has long been quiet', async () => {
    const clock = fakeClock();
    const activity = createIpcActivity(clock.now, clock.sleep);
    clock.advance(5_000);
    await activity.settled(300);
    expect(clock.now()).toBe(5_000);
  });

  it('never counts below zero', async () => {
    const clock = fakeClock();
    const activity = createIpcActivity(clock.now, clock.sleep);
    activity.end();
    activity.end();
    clock.advance(1_000);
    await activity.settled(300);
    expect(clock.now()).toBe(1_000);
  });
});
