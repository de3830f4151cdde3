import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import type { LintConfig } from './config';
import { createProcessor, processFile } from './first-pass';
import type { WorkRequest, WorkResponse } from './parse-worker';
import { applyResult } from './transfer';

/** Below this many files, starting a worker (and warming up its compiler) costs more than it saves. */
const minFilesForWorkers = 300;
/** Files per request to a worker: big enough to amortize messaging, small enough to balance the load. */
const chunkSize = 16;
/** Chunks a worker holds at once: one it works on, one waiting, so it never idles between messages. */
const chunksInFlight = 2;

/** How worker threads load the first pass: code they run (with `eval`) and the Node options they get. */
export type WorkerLoader = {
  /** CommonJS code that loads `parse-worker.ts` and calls its `startParseWorker`. */
  readonly code: string;
  /** Node options of the worker (default: this process's). */
  readonly execArgv?: readonly string[];
};

/** The default loader: registers tsx's require hook, then loads the TypeScript worker (plain Node cannot). */
function tsxLoader(): WorkerLoader {
  const require = createRequire(__filename);
  return {
    code: `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();
require(${JSON.stringify(path.join(__dirname, 'parse-worker.ts'))}).startParseWorker();`,
  };
}

let workerLoader: WorkerLoader | undefined;

/**
 * Makes worker threads load the first pass with `loader` instead of through tsx: the checker's
 * bundle (`launch.cjs`) points them at itself, already JavaScript.
 */
export function setWorkerLoader(loader: WorkerLoader): void {
  workerLoader = loader;
}

/**
 * How many worker threads to use for a run of `fileCount` files: none for small sites; for big ones,
 * one per core besides this one, at most 3. Workers loaded through tsx (about a second of CPU each,
 * transpiling) are only started on cores the system load leaves idle; workers that load plain
 * JavaScript (the bundle, see {@link setWorkerLoader}) start in tens of milliseconds and are worth it
 * even on a busy machine, where they also win this run a fairer share of the CPU.
 */
export function defaultWorkerCount(fileCount: number): number {
  if (fileCount < minFilesForWorkers) {
    return 0;
  }
  const cores = os.availableParallelism();
  const spare = workerLoader ? cores - 1 : Math.floor(cores - (os.loadavg()[0] ?? 0));
  return Math.max(0, Math.min(cores - 1, spare, 3));
}

/** How {@link runFirstPass} shares the work. */
export type FirstPassOptions = {
  /** Worker threads besides this one. */
  readonly workers: number;
  /** Whether this thread parses too (default true; tests turn it off to make the workers do everything). */
  readonly mainThread?: boolean;
};

/** Who did the work. */
export type FirstPassStats = {
  /** Files the worker threads processed. */
  readonly byWorkers: number;
};

/** A worker thread taking chunks from the shared queue. */
type Helper = {
  /** Settles when the worker has stopped (its last chunk applied, or handed back). */
  readonly done: Promise<void>;
  /** Stops the worker if it holds no chunk (still loading, or idle). */
  readonly stopIfIdle: () => void;
};

/**
 * Runs the first pass on every file, on this thread and on `workers` worker threads at once. This
 * thread starts at once and takes chunks from the same queue, so a worker that loads late costs
 * nothing (it is stopped unused); a worker that fails hands its chunk back. The outcome is the same
 * as a serial run.
 */
export async function runFirstPass(files: readonly VFile[], config: LintConfig, options: FirstPassOptions): Promise<FirstPassStats> {
  const { workers, mainThread = true } = options;
  const processor = createProcessor(config);
  let next = 0;
  const take = (size = chunkSize): number[] => {
    const indices: number[] = [];
    while (indices.length < size && next < files.length) {
      indices.push(next++);
    }
    return indices;
  };
  const orphaned: number[] = [];
  let byWorkers = 0;
  const startHelper = (): Helper => {
    const loader = workerLoader ?? tsxLoader();
    const worker = new Worker(loader.code, { eval: true, workerData: config, execArgv: loader.execArgv && [...loader.execArgv] });
    // Chunks sent and not yet answered, oldest first. Two are kept in flight, so the worker starts
    // the next chunk at once instead of waiting for this thread to finish its own chunk and read
    // the worker's message.
    const inFlight: number[][] = [];
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const stop = (): void => {
      orphaned.push(...inFlight.flat());
      inFlight.length = 0;
      void worker.terminate();
      finish();
    };
    const send = (): void => {
      const indices = take();
      if (indices.length === 0) {
        return;
      }
      inFlight.push(indices);
      const request: WorkRequest = {
        files: indices.map((index) => ({ index, path: files[index]!.path, value: String(files[index]!.value) })),
      };
      worker.postMessage(request);
    };
    worker.on('message', (response: WorkResponse) => {
      if ('results' in response) {
        inFlight.shift();
        for (const result of response.results) {
          applyResult(files[result.index]!, result);
        }
        byWorkers += response.results.length;
      }
      while (inFlight.length < chunksInFlight && next < files.length) {
        send();
      }
      if (inFlight.length === 0) {
        stop();
      }
    });
    worker.on('error', stop);
    worker.on('exit', stop);
    return {
      done,
      stopIfIdle: () => {
        if (inFlight.length === 0) {
          stop();
        }
      },
    };
  };
  const helpers = Array.from({ length: workers }, startHelper);
  for (let indices = mainThread || workers === 0 ? take() : []; indices.length > 0; indices = take()) {
    for (const index of indices) {
      processFile(processor, files[index]!);
    }
    // Let worker messages in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (mainThread) {
    // The queue is empty: a worker still loading would only cost time.
    for (const helper of helpers) {
      helper.stopIfIdle();
    }
  }
  await Promise.all(helpers.map((helper) => helper.done));
  // Whatever failed workers handed back or left in the queue, this thread does.
  for (const index of [...orphaned, ...take(files.length)]) {
    processFile(processor, files[index]!);
  }
  return { byWorkers };
}
