import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { resolveConfig } from './config';
import { createProcessor, processFile } from './first-pass';
import { toMessageData, type FirstPassResult } from './transfer';

/** A chunk of files a worker parses: index in the run, site-relative path and text. */
export type WorkRequest = { readonly files: readonly { readonly index: number; readonly path: string; readonly value: string }[] };

/** What a worker sends back: `ready` once loaded, then one `results` per request. */
export type WorkResponse = { readonly ready: true } | { readonly results: readonly FirstPassResult[] };

/**
 * Runs in a worker thread (started by `parallel.ts`): the first pass (parse, facts, style rules) for
 * chunks of files, until the thread is terminated.
 */
export function startParseWorker(): void {
  const port = parentPort;
  if (!port) {
    throw new Error('startParseWorker runs in a worker thread');
  }
  const config = resolveConfig(workerData);
  const processor = createProcessor(config);
  port.on('message', (request: WorkRequest) => {
    const results = request.files.map(({ index, path, value }): FirstPassResult => {
      const file = new VFile({ cwd: config.siteDir, path, value });
      processFile(processor, file);
      return { index, facts: file.data.docsFacts, messages: file.messages.map(toMessageData) };
    });
    port.postMessage({ results } satisfies WorkResponse);
  });
  port.postMessage({ ready: true } satisfies WorkResponse);
}
