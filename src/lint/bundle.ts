/**
 * The entry point of the checker's bundle: `launch.cjs` builds it with esbuild (this file, the checker
 * and the packages it uses, as one CommonJS file in `node_modules/.cache/docs-lint-bundle/`) and runs
 * it with plain Node, so neither the main thread nor the worker threads load tsx or transpile
 * anything. The TypeScript sources stay the truth: the bundle is rebuilt whenever one changes.
 */
import { setWorkerLoader, type WorkerLoader } from './parallel';
import { runCli } from './run-cli';

export { startParseWorker } from './parse-worker';

/** Runs the CLI from the bundle; worker threads load the first pass with `workerLoader` (the bundle too). */
export function runBundledCli(args: readonly string[], workerLoader: WorkerLoader): Promise<number> {
  setWorkerLoader(workerLoader);
  return runCli(args);
}
