// A settled query reaches its observers in the task that settled it: a folder's first page is
// rendered in the task that brought it, not in a later timer task a frame may come before.
import { notifyManager, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from './app';

describe('query notifications', () => {
  it('tell observers of a settled query before any timer task runs', async () => {
    const client = createQueryClient();
    let answer: (value: string) => void = () => undefined;
    const observer = new QueryObserver(client, { queryKey: ['page'], queryFn: () => new Promise<string>((done) => (answer = done)) });
    const heard: string[] = [];
    // As useQuery subscribes: through notifyManager.batchCalls, which the scheduler runs.
    const unsubscribe = observer.subscribe(
      notifyManager.batchCalls((result) => {
        if (result.data !== undefined) heard.push(`data ${result.data}`);
      }),
    );
    await new Promise((done) => setTimeout(done, 0)); // the fetch has started
    const timerRan = new Promise<void>((done) =>
      setTimeout(() => {
        heard.push('timer');
        done();
      }, 0),
    );
    answer('first page');
    await timerRan;
    expect(heard).toEqual(['data first page', 'timer']);
    unsubscribe();
  });
});
