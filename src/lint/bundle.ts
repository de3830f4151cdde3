/**
 * The entry point of the checker's bundle: `launch.cjs` builds it with esbuild (this file, the checker
 * and the packages it uses, as one CommonJS file in `node_modules/.cache/docs-lint-bundle/`) and runs
 * it with plain Node, so neither the main thread nor the worker threads load tsx or transpile
 * anything. The TypeScript sources stay the truth: the bundle is rebuilt whenever one changes.
 * `launch.cjs` calls `setWorkerLoader` first, so that worker threads load this bundle too.
 */
export { projectOptions, resolveConfig } from './config';
export { lintSite, readSiteFiles, summarize } from './lint-site';
export { runFirstPass, setWorkerLoader } from './parallel';
export { startParseWorker } from './parse-worker';
export { runCli } from './run-cli';
