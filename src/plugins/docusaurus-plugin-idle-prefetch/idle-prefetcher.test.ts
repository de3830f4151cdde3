import { describe, expect, it } from 'vitest';
import { idlePrefetcher, type Scheduler } from './idle-prefetcher';

/** A scheduler whose callbacks run only when the test says so, recording how each was scheduled. */
function manualScheduler(withIdleCallback: boolean) {
  const pending: { callback: () => void; how: string }[] = [];
  const scheduler: Scheduler = {
    requestIdleCallback: withIdleCallback
      ? (callback, options) => pending.push({ callback, how: `idle, timeout ${options.timeout}` })
      : undefined,
    setTimeout: (callback, delayMs) => pending.push({ callback, how: `timeout ${delayMs}` }),
  };
  return {
    scheduler,
    pending,
    runNext: () => pending.shift()!.callback(),
  };
}

describe('idlePrefetcher', () => {
  it('prefetches one route per idle callback, in the order asked, each route once', () => {
    const prefetched: string[] = [];
    const { scheduler, pending, runNext } = manualScheduler(true);
    const prefetch = idlePrefetcher((routePath) => prefetched.push(routePath), scheduler);

    expect(prefetch('/a')).toBe(false);
    prefetch('/b');
    prefetch('/a');
    prefetch('/c');
    expect(prefetched).toEqual([]);
    expect(pending.map((task) => task.how)).toEqual(['idle, timeout 3000']);

    runNext();
    expect(prefetched).toEqual(['/a']);
    expect(pending).toHaveLength(1);
    runNext();
    runNext();
    expect(prefetched).toEqual(['/a', '/b', '/c']);
    expect(pending).toHaveLength(0);

    // A route asked for again later is not prefetched again; a new one is.
    prefetch('/b');
    prefetch('/d');
    expect(pending).toHaveLength(1);
    runNext();
    expect(prefetched).toEqual(['/a', '/b', '/c', '/d']);
  });

  it('falls back to short timeouts where the browser has no requestIdleCallback', () => {
    const prefetched: string[] = [];
    const { scheduler, pending, runNext } = manualScheduler(false);
    const prefetch = idlePrefetcher((routePath) => prefetched.push(routePath), scheduler);
    prefetch('/a');
    prefetch('/b');
    expect(pending.map((task) => task.how)).toEqual(['timeout 50']);
    runNext();
    runNext();
    expect(prefetched).toEqual(['/a', '/b']);
  });
});
