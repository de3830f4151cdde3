import process from 'node:process';
import { parseArgs } from 'node:util';
import { loadBundle } from '../launch.cjs';

/** One benchmark sample, printed as JSON by the runners. */
export type Sample = {
  readonly files: number;
  /** Milliseconds from reading the first file to the last message (the process start excluded). */
  readonly ms: number;
  readonly messages: number;
  /** Peak resident set size of the process, in MB. */
  readonly maxRssMb: number;
};

/** The checker as `npm run lint:docs` runs it, from its bundle (see launch.cjs), or from the sources if there is none. */
async function loadChecker(): Promise<Pick<typeof import('../bundle'), 'lintSite' | 'summarize' | 'projectOptions'>> {
  return (await loadBundle()) ?? (await import('../bundle'));
}

/** Lints a site once and prints a {@link Sample}. */
async function main(siteDir: string, options: { workers: number | undefined; cache: boolean }): Promise<void> {
  const { lintSite, summarize, projectOptions } = await loadChecker();
  const start = performance.now();
  const result = await lintSite({ ...projectOptions, siteDir, ...options });
  const ms = performance.now() - start;
  const summary = summarize(result.files);
  const sample: Sample = {
    files: result.files.length,
    ms,
    messages: summary.errors + summary.warnings + summary.infos,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { workers: { type: 'string' }, cache: { type: 'boolean', default: false } },
});
const [siteDir] = positionals;
if (!siteDir) {
  throw new Error('Usage: run-docs-lint.ts <siteDir> [--workers <n>] [--cache]');
}
void main(siteDir, { workers: values.workers === undefined ? undefined : Number(values.workers), cache: values.cache });
