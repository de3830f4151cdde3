// @ts-check
'use strict';
/**
 * Starts the docs checker: `npm run lint:docs` runs this file with plain Node, `tsx src/lint/cli.ts`
 * calls it too. The checker is TypeScript; rather than transpiling it module by module on every run
 * and in every worker thread (tsx), this runs a bundle of it: `bundle.ts`, the checker and the
 * packages it uses, as one CommonJS file that esbuild (tsx's own) builds into
 * `node_modules/.cache/docs-lint-bundle/checker.cjs`. The bundle is generated, never committed.
 *
 * The bundle's first line records what it was built from: the hash of every bundled file outside
 * `node_modules` and of npm's record of the installed packages. Each run checks them (a few
 * milliseconds) and rebuilds the bundle when one changed (a few hundred milliseconds, once), so the
 * TypeScript sources stay the truth. When the bundle cannot be built or loaded, the checker runs
 * through tsx as before, only slower; `DOCS_LINT_BUNDLE=0` forces that.
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');

/** Repository root: where `node_modules` is. */
const rootDir = path.resolve(__dirname, '..', '..');
/** Change when the build options below change, so existing bundles are rebuilt. */
const buildVersion = 1;
const headerPrefix = '// docs-lint-bundle ';

/**
 * @typedef {object} BundleOptions
 * @property {string} [entry] TypeScript entry point (default: `bundle.ts`)
 * @property {string} [outFile] where the bundle goes (default: `node_modules/.cache/docs-lint-bundle/checker.cjs`)
 */

/**
 * @typedef {object} Header What a bundle was built from.
 * @property {number} version {@link buildVersion}
 * @property {string} root the checkout it was built in: the bundle holds its absolute paths (`__dirname`)
 * @property {string} packages hash of the installed packages' lockfile
 * @property {Record<string, string>} sources hash of each bundled file outside `node_modules`, by path from the root
 */

/** @param {string | Buffer} content */
const sha1 = (content) => createHash('sha1').update(content).digest('hex');

/** Hash of npm's record of what is installed (`node_modules/.package-lock.json`, else the lockfile). */
function packagesHash() {
  for (const file of [path.join(rootDir, 'node_modules', '.package-lock.json'), path.join(rootDir, 'package-lock.json')]) {
    try {
      return sha1(fs.readFileSync(file));
    } catch {
      // Try the next one.
    }
  }
  return '';
}

/** @param {BundleOptions} options */
function resolveOptions(options) {
  return {
    entry: options.entry ?? path.join(__dirname, 'bundle.ts'),
    outFile: options.outFile ?? path.join(rootDir, 'node_modules', '.cache', 'docs-lint-bundle', 'checker.cjs'),
  };
}

/**
 * Whether the bundle at `outFile` exists and every file it was built from is unchanged.
 * @param {string} outFile
 * @returns {boolean}
 */
function isFresh(outFile) {
  let firstLine;
  try {
    const content = fs.readFileSync(outFile);
    firstLine = content.toString('utf8', 0, Math.max(0, content.indexOf('\n')));
  } catch {
    return false;
  }
  if (!firstLine.startsWith(headerPrefix)) {
    return false;
  }
  /** @type {Header} */
  let header;
  try {
    header = JSON.parse(firstLine.slice(headerPrefix.length));
  } catch {
    return false;
  }
  // A bundle copied or left from another checkout (a git worktree sharing node_modules) points at its files.
  if (header.version !== buildVersion || header.root !== rootDir || header.packages !== packagesHash()) {
    return false;
  }
  return Object.entries(header.sources).every(([relative, hash]) => {
    try {
      return sha1(fs.readFileSync(path.join(rootDir, relative))) === hash;
    } catch {
      return false;
    }
  });
}

/** esbuild, as tsx (a devDependency) installs it. */
function loadEsbuild() {
  const fromTsx = createRequire(require.resolve('tsx/package.json'));
  return /** @type {typeof import('esbuild')} */ (fromTsx('esbuild'));
}

const loaders = /** @type {const} */ ({ '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx' });

/**
 * Builds the bundle into `outFile`, its header first (written whole, then renamed into place, so
 * concurrent runs never see half a file).
 * @param {ReturnType<typeof resolveOptions>} options
 * @returns {Promise<void>}
 */
async function build({ entry, outFile }) {
  const esbuild = loadEsbuild();
  const packages = packagesHash();
  /** @type {Record<string, string>} */
  const sources = {};
  // esbuild reads it too (paths, class field semantics).
  const tsconfig = path.join(rootDir, 'tsconfig.json');
  if (fs.existsSync(tsconfig)) {
    sources['tsconfig.json'] = sha1(fs.readFileSync(tsconfig));
  }
  /** @type {import('esbuild').Plugin} */
  const recordSources = {
    name: 'record-sources',
    setup(pluginBuild) {
      // Files outside node_modules: hash exactly what is bundled, and give each module its own
      // `__dirname` and `__filename`, as CommonJS (tsx) does, not the bundle's.
      pluginBuild.onLoad({ filter: /.*/ }, (args) => {
        if (args.namespace !== 'file' || args.path.split(path.sep).includes('node_modules')) {
          return undefined;
        }
        const content = fs.readFileSync(args.path);
        sources[path.relative(rootDir, args.path).split(path.sep).join('/')] = sha1(content);
        const loader = loaders[/** @type {keyof typeof loaders} */ (path.extname(args.path))];
        if (!loader) {
          return { contents: content, loader: 'default' };
        }
        const text = content.toString('utf8');
        const locals = /\b__(?:dirname|filename)\b/.test(text)
          ? `var __dirname = ${JSON.stringify(path.dirname(args.path))}, __filename = ${JSON.stringify(args.path)}; `
          : '';
        // On the first line, so line numbers are unchanged.
        return { contents: locals + text, loader };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: rootDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Rules and plugins are found by their function names (`style-rules.ts`).
    keepNames: true,
    write: false,
    logLevel: 'silent',
    plugins: [recordSources],
  });
  const [output] = result.outputFiles;
  if (!output) {
    throw new Error('esbuild wrote nothing');
  }
  /** @type {Header} */
  const header = { version: buildVersion, root: rootDir, packages, sources };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const temporary = `${outFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, `${headerPrefix}${JSON.stringify(header)}\n${output.text}`);
    fs.renameSync(temporary, outFile);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * The path of an up-to-date bundle, built first if missing or stale; `undefined` when it cannot be
 * built (no esbuild, a syntax error, a read-only `node_modules`).
 * @param {BundleOptions} [options]
 * @returns {Promise<string | undefined>}
 */
async function ensureBundle(options = {}) {
  const resolved = resolveOptions(options);
  if (isFresh(resolved.outFile)) {
    return resolved.outFile;
  }
  try {
    await build(resolved);
    return resolved.outFile;
  } catch {
    return undefined;
  }
}

/**
 * Runs the CLI with `args` and sets the exit code: from the bundle, or through tsx when there is none.
 * @param {readonly string[]} args
 * @returns {Promise<void>}
 */
async function launch(args) {
  const checker = await loadChecker();
  process.exitCode = await checker.runCli(args);
}

/**
 * The checker's bundle, built first if needed, with its worker threads set to load it too;
 * `undefined` when there is none (it cannot be built or loaded, or `DOCS_LINT_BUNDLE=0`).
 * @returns {Promise<typeof import('./bundle') | undefined>}
 */
async function loadBundle() {
  const bundle = process.env.DOCS_LINT_BUNDLE === '0' ? undefined : await ensureBundle();
  if (!bundle) {
    return undefined;
  }
  try {
    /** @type {typeof import('./bundle')} */
    const checker = require(bundle);
    // Worker threads load the same bundle, without this process's options (tsx's hooks, when run by tsx).
    checker.setWorkerLoader({ code: `require(${JSON.stringify(bundle)}).startParseWorker();`, execArgv: [] });
    return checker;
  } catch {
    // A bundle that does not load: the caller falls back to the sources.
    return undefined;
  }
}

/**
 * The CLI, from the bundle, or through tsx when there is none.
 * @returns {Promise<{ runCli: (args: readonly string[]) => Promise<number> }>}
 */
async function loadChecker() {
  const bundled = await loadBundle();
  if (bundled) {
    return bundled;
  }
  require('tsx/cjs/api').register();
  /** @type {typeof import('./run-cli')} */
  const cli = require(path.join(__dirname, 'run-cli.ts'));
  return cli;
}

module.exports = { ensureBundle, launch, loadBundle };

if (require.main === module) {
  launch(process.argv.slice(2)).catch((/** @type {unknown} */ error) => {
    // The checker itself never throws (see run-cli.ts); this is a checker that cannot load.
    process.stderr.write(`lint:docs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
