/** The scheduling functions of the browser, passed in so that tests can drive them. */
export type Scheduler = {
  readonly requestIdleCallback: ((callback: () => void, options: { timeout: number }) => unknown) | undefined;
  readonly setTimeout: (callback: () => void, delayMs: number) => unknown;
};

/** How long a prefetch may wait for an idle period on a page that never has one. */
const idleTimeoutMs = 3000;
/** Where there is no `requestIdleCallback` (Safari before 18): a short pause between prefetches. */
const fallbackDelayMs = 50;

/**
 * A `prefetch` that queues route paths and runs the real one for one path per idle callback, in the
 * order asked, each path once. Returns `false`, as Docusaurus' own does for a path it skips.
 */
export function idlePrefetcher(prefetch: (routePath: string) => unknown, scheduler: Scheduler): (routePath: string) => false {
  const queue: string[] = [];
  const queued = new Set<string>();
  let scheduled = false;

  const schedule = () => {
    scheduled = true;
    if (scheduler.requestIdleCallback) {
      scheduler.requestIdleCallback(runOne, { timeout: idleTimeoutMs });
    } else {
      scheduler.setTimeout(runOne, fallbackDelayMs);
    }
  };
  function runOne() {
    scheduled = false;
    const routePath = queue.shift();
    if (routePath !== undefined) {
      prefetch(routePath);
    }
    if (queue.length > 0) {
      schedule();
    }
  }

  return (routePath: string) => {
    if (!queued.has(routePath)) {
      queued.add(routePath);
      queue.push(routePath);
      if (!scheduled) {
        schedule();
      }
    }
    return false;
  };
}
