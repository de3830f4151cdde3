import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { listContentFiles } from '../lib/site-files';
import { checkSite } from './check-site';
import { resolveConfig, type LintConfig, type LintOptions } from './config';
import { openCache } from './cache';
import { createProcessor, processFile } from './first-pass';
import { defaultWorkerCount, runFirstPass } from './parallel';
import type { Site } from './site';
import { applyResult } from './transfer';

/** What {@link lintSite} checks and how. */
export type LintSiteOptions = LintOptions & {
  /**
   * Report only files under these paths (relative to the site, files or folders); every content
   * file is still loaded, because links, anchors and mirrors cross files. Default: all.
   */
  readonly only?: readonly string[];
  /**
   * Worker threads for the first pass, besides this thread. Default: `defaultWorkerCount`, none for
   * sites under 300 files.
   */
  readonly workers?: number;
  /** Reuse the first pass of unchanged files from the last run (default true; see `cache.ts`). */
  readonly cache?: boolean;
};

/** The outcome of a run. */
export type LintResult = {
  /** The configuration used. */
  readonly config: LintConfig;
  /** Every content file of the site, with its messages. */
  readonly files: readonly VFile[];
  /** The files to report (those under `only`, or all). */
  readonly reported: readonly VFile[];
  /** The site model of the second pass (used by `--fix`). */
  readonly site: Site;
  /** How many files were parsed (the others came from the cache unchanged). */
  readonly parsed: number;
};

/**
 * Lints files already in memory (each with `cwd` set to the site and a site-relative `path`):
 * parses each once, runs the per-file pass, then the cross-file pass. Never throws on content.
 */
export function lintFiles(files: readonly VFile[], config: LintConfig): Site {
  const processor = createProcessor(config);
  for (const file of files) {
    processFile(processor, file);
  }
  return checkSite(files, config);
}

/** Reads every content file of the site (`docs/`, `fragments/`, `i18n/`) into a vfile. */
export function readSiteFiles(siteDir: string): VFile[] {
  return listContentFiles(siteDir).map(
    (content) => new VFile({ cwd: siteDir, path: content.relative, value: fs.readFileSync(content.path, 'utf8') }),
  );
}

/** Lints the whole site: the library entry point behind `npm run lint:docs`. */
export async function lintSite(options: LintSiteOptions = {}): Promise<LintResult> {
  const config = resolveConfig(options);
  const files = readSiteFiles(config.siteDir);
  const cache = options.cache === false ? undefined : openCache(config);
  const changed = files.filter((file) => {
    const cached = cache?.get(file);
    if (cached) {
      applyResult(file, cached);
    }
    return cached === undefined;
  });
  await runFirstPass(changed, config, { workers: options.workers ?? defaultWorkerCount(changed.length) });
  cache?.save(files);
  const site = checkSite(files, config);
  const only = options.only?.map((entry) => path.relative(config.siteDir, path.resolve(config.siteDir, entry)));
  const reported =
    only === undefined || only.length === 0
      ? files
      : files.filter((file) =>
          only.some((prefix) => prefix === '' || file.path === prefix || file.path.startsWith(`${prefix}${path.sep}`)),
        );
  return { config, files, reported, site, parsed: changed.length };
}

/** Counts of a run's messages by severity. */
export type Summary = { readonly errors: number; readonly warnings: number; readonly infos: number };

/** Counts messages by severity. */
export function summarize(files: readonly VFile[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const message of files.flatMap((file) => file.messages)) {
    if (message.fatal === true) {
      errors++;
    } else if (message.fatal === false) {
      warnings++;
    } else {
      infos++;
    }
  }
  return { errors, warnings, infos };
}

/** The exit code a run deserves: 1 on errors (and on warnings when `strict`), else 0. Info never fails. */
export function exitCodeOf(summary: Summary, options: { readonly strict: boolean }): 0 | 1 {
  return summary.errors > 0 || (options.strict && summary.warnings > 0) ? 1 : 0;
}
