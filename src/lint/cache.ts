import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { VFile } from 'vfile';
import type { LintConfig } from './config';
import { toMessageData, type FirstPassResult } from './transfer';

/** One cached first pass: the text it was computed from (by hash) and its facts and messages. */
type Entry = { readonly hash: string; readonly result: FirstPassResult };

/** The cache file's content. */
type Stored = { readonly fingerprint: string; readonly entries: Map<string, Entry> };

/** First-pass results of unchanged files, kept between runs. */
export type FirstPassCache = {
  /** The cached result for this file if its text is unchanged since it was stored. */
  readonly get: (file: VFile) => FirstPassResult | undefined;
  /** Writes the first pass of every file of the run (files no longer in the site drop out). */
  readonly save: (files: readonly VFile[]) => void;
};

const sha1 = (value: string): string => createHash('sha1').update(value).digest('hex');

/** Source files whose change invalidates the cache: the checker and the shared modules it runs. */
function checkerSources(): string[] {
  const lintDir = __dirname;
  const ownSources = fs
    .readdirSync(lintDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('__fixtures__'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const shared = [
    '../lib/site-files.ts',
    '../lib/locales.ts',
    '../plugins/remark-fragment-imports/resolve.ts',
    // The first pass reads and resolves imports with it.
    '../lib/page-composition.ts',
    // Content hashes and markers are first-pass facts.
    '../i18n-status/marker.ts',
  ];
  return [...ownSources, ...shared.map((relative) => path.join(lintDir, relative))].sort();
}

/**
 * What the cached results depend on besides each file's text: the checker's code, the installed
 * parser and rule packages (the lockfile), and the configuration.
 */
function fingerprintOf(config: LintConfig): string {
  const hash = createHash('sha1');
  for (const source of checkerSources()) {
    hash.update(source).update(fs.readFileSync(source));
  }
  const lockfile = path.join(__dirname, '..', '..', 'package-lock.json');
  hash.update(fs.existsSync(lockfile) ? fs.readFileSync(lockfile) : '');
  hash.update(JSON.stringify(config));
  return hash.digest('hex');
}

/**
 * Opens the first-pass cache of a site, in `node_modules/.cache/docs-lint/` (only for a site with a
 * `node_modules` folder, so fixtures and temporary sites leave nothing behind). A file is parsed
 * again when its text, the checker, its packages or the configuration changed; the cross-file pass
 * always runs in full.
 */
export function openCache(config: LintConfig): FirstPassCache | undefined {
  const modulesDir = path.join(config.siteDir, 'node_modules');
  if (!fs.existsSync(modulesDir)) {
    return undefined;
  }
  const cacheFile = path.join(modulesDir, '.cache', 'docs-lint', 'first-pass.v8');
  const fingerprint = fingerprintOf(config);
  let entries = new Map<string, Entry>();
  try {
    const stored = v8.deserialize(fs.readFileSync(cacheFile)) as Stored;
    if (stored.fingerprint === fingerprint && stored.entries instanceof Map) {
      entries = stored.entries;
    }
  } catch {
    // No cache yet, or one from another Node version: start afresh.
  }
  const hashes = new Map<VFile, string>();
  const hashOf = (file: VFile): string => {
    let hash = hashes.get(file);
    if (hash === undefined) {
      hash = sha1(String(file.value));
      hashes.set(file, hash);
    }
    return hash;
  };
  /** Files whose cached result was used. */
  const hits = new Set<VFile>();
  return {
    get: (file) => {
      const entry = entries.get(file.path);
      if (entry && entry.hash === hashOf(file)) {
        hits.add(file);
        return entry.result;
      }
      return undefined;
    },
    save: (files) => {
      if (files.length === entries.size && files.every((file) => hits.has(file))) {
        // Every file came from the cache, and no file left the site: it holds exactly this already.
        return;
      }
      const current = new Map<string, Entry>();
      for (const file of files) {
        current.set(file.path, {
          hash: hashOf(file),
          result: { index: 0, facts: file.data.docsFacts, messages: file.messages.map(toMessageData) },
        });
      }
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const stored: Stored = { fingerprint, entries: current };
      fs.writeFileSync(cacheFile, v8.serialize(stored));
    },
  };
}
