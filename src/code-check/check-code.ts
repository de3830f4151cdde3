import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultLocale, locales as siteLocales } from '../lib/locales';
import { listContentFiles, type ContentFile } from '../lib/site-files';
import { composeApps, type App, type AppFence } from './compose';
import { compileApps, type CompilerCache, type FinalAppCause, type VirtualModule } from './compiler';
import { compareDiagnostics, formatDiagnostic, type CodeDiagnostic } from './diagnostics';
import { fingerprint, mapOffset, type Fingerprint } from './fingerprint';
import { scriptFileName, type ScriptExtension } from './languages';
import { optsOut as nocheckOptsOut } from './meta';
import { parseContentFile, type Fence, type ParsedFile } from './parse-file';

/** What {@link checkCode} needs. */
export type CodeCheckOptions = {
  /** The site's root folder (holds `docs/`, `fragments/`, `i18n/`). */
  readonly siteDir: string;
  /** Check only these locales' pages and partials (default: every locale that has content). */
  readonly locales?: readonly string[];
  /** The folder whose `node_modules` (or a parent's) holds the SDK and framework packages; default `siteDir`. */
  readonly packagesDir?: string;
  /** Parsed declaration files to reuse between runs (tests share one). */
  readonly cache?: CompilerCache;
  /** Type packages every app sees (default: Node's and Next's, as in a Next app's `next-env.d.ts`). */
  readonly ambientTypes?: readonly string[];
};

/** How many fences of one locale the check saw. */
export type LocaleCount = {
  /** TypeScript and JavaScript fences type-checked (compiled, or identical to a compiled one). */
  readonly checked: number;
  /** Of those, the fences that were compiled here rather than found identical to an already compiled fence. */
  readonly compiled: number;
  /** Fences that opted out with `nocheck="reason"`. */
  readonly optedOut: number;
  /** Fences of languages that are not compiled (shell, JSON, …). */
  readonly otherLanguages: number;
};

/** Everything {@link checkCode} found. */
export type CodeCheckResult = {
  /** Problems, sorted by file, line and column. */
  readonly diagnostics: readonly CodeDiagnostic[];
  /** Fence counts per locale (fences of a page's composed files count under the page's locale). */
  readonly locales: Readonly<Record<string, LocaleCount>>;
  /** Wall time of the whole check, in milliseconds. */
  readonly durationMs: number;
};

/** A fence that compiles, as its module in an app. */
type CompiledFence = {
  readonly appFence: AppFence;
  readonly extension: ScriptExtension;
  readonly module: VirtualModule;
};

/** A nocheck with a reason; a bare one is no opt-out (and is reported). */
const optsOut = (fence: Fence): boolean => nocheckOptsOut(fence.nocheck);

/** The fences of an app the compiler sees: every script fence but untitled opt-outs (nothing imports them). */
function modulesOf(app: App): CompiledFence[] {
  const modules: CompiledFence[] = [];
  for (const appFence of app.fences) {
    const { fence } = appFence;
    if (fence.extension === undefined || (optsOut(fence) && fence.title === undefined)) {
      continue;
    }
    const fallback = `fence-${modules.length}`;
    modules.push({
      appFence,
      extension: fence.extension,
      module: {
        path: scriptFileName({ title: fence.title, extension: fence.extension, fallback }),
        importable: fence.title !== undefined,
        text: fence.value,
        reported: !optsOut(fence),
      },
    });
  }
  return modules;
}

const noLanguage = 'Code fence has no language: name it after the backticks (```ts, ```bash, ```json, ```text).';
const noReason = '`nocheck` needs a reason readers can see: write nocheck="why this code does not compile".';

/** Problems of a file's fences that need no compiler: a missing language, a `nocheck` without a reason. */
function fenceProblems(parsed: ParsedFile): CodeDiagnostic[] {
  const at = (fence: Fence) => ({ file: parsed.file.relative, line: fence.line, column: fence.column });
  return parsed.fences.flatMap((fence) => [
    ...(fence.language === undefined
      ? [{ ...at(fence), code: 'fence-language', message: noLanguage }]
      : []),
    ...(fence.nocheck === true
      ? [{ ...at(fence), code: 'fence-nocheck', message: noReason }]
      : []),
  ]);
}

/** The 1-based line and column in the content file of an offset in a fence's code. */
function positionInFile(fence: Fence, offset: number): { line: number; column: number } {
  const before = fence.value.slice(0, offset);
  const lineIndex = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { line: fence.line + 1 + lineIndex, column: (fence.lineStarts[lineIndex] ?? 0) + character + 1 };
}

/** Where a fence starts: `docs/quick-starts/node/_integration.mdx:32`, in the file of its own locale. */
const placeOf = ({ appFence }: CompiledFence): string => `${appFence.parsed.file.relative}:${appFence.fence.line}`;

/**
 * The message of an error found in the final app only: which later version broke which fence, and
 * how to fix it. `modules` are the app's fences (of the locale reported), `module` the one in error.
 */
function finalAppMessage(
  message: string,
  module: number,
  cause: FinalAppCause,
  modules: readonly CompiledFence[],
): string {
  const importer = modules[module]!;
  const { missingExport } = cause;
  if (missingExport) {
    const latest = modules[missingExport.module]!;
    return (
      `\`${missingExport.name}\` is imported by the fence at ${placeOf(importer)} (${importer.module.path}) ` +
      `but the last version of ${latest.module.path} (${placeOf(latest)}) no longer exports it: ` +
      'a later version of a file must keep what earlier fences import from it.'
    );
  }
  const versions = cause.versions.map(({ latest, atStep }) => {
    const last = modules[latest]!;
    return `the last version of ${last.module.path} (${placeOf(last)}), not the one at ${placeOf(modules[atStep]!)}`;
  });
  return (
    `${message}\nThis is in the final app (the last version of every file, what a reader has after the last step), ` +
    `where the fence at ${placeOf(importer)} (${importer.module.path}) sees ${versions.join(' and ')}: ` +
    'a later version of a file must keep what earlier fences use from it.'
  );
}

/** Apps that compile alike: the first is compiled, the others take its diagnostics. */
type AppGroup = {
  /** The apps' fences as modules; the first member is the one compiled. */
  readonly members: CompiledFence[][];
};

/** Groups apps by what the compiler would see (paths, flags and fingerprints of their modules). */
function groupApps(
  apps: readonly App[],
  fingerprintOf: (compiled: CompiledFence) => Fingerprint,
): { groups: AppGroup[]; compiledApps: Set<App> } {
  const groups = new Map<string, AppGroup>();
  const compiledApps = new Set<App>();
  for (const app of apps) {
    const modules = modulesOf(app);
    if (modules.length === 0) {
      continue;
    }
    const hash = createHash('sha256');
    for (const compiled of modules) {
      const { module, extension } = compiled;
      hash.update(`${module.path}\0${module.importable}\0${module.reported}\0${extension}\0`);
      hash.update(fingerprintOf(compiled).key);
      hash.update('\0\0');
    }
    const key = hash.digest('hex');
    const group = groups.get(key);
    if (group) {
      group.members.push(modules);
    } else {
      groups.set(key, { members: [modules] });
      compiledApps.add(app);
    }
  }
  return { groups: [...groups.values()], compiledApps };
}

/**
 * Compiles every TypeScript and JavaScript fence of the site against the real packages, one small
 * app per page, and reports problems at their place in the MDX files. Each fence is compiled at its
 * step (it imports the nearest earlier version of a file the guide writes twice), and the app is
 * compiled once more as the final app (the last version of every file, what a reader has after the
 * last step), sharing every module that sees the same versions there. Apps whose fences equal an
 * already compiled app's (a translation that rewrote only comments) are not compiled again: the
 * compiled app's diagnostics are moved onto the translation token by token.
 */
export function checkCode(options: CodeCheckOptions): CodeCheckResult {
  const started = performance.now();
  const siteDir = path.resolve(options.siteDir);
  const files = listContentFiles(siteDir);
  const selected = new Set(options.locales ?? [defaultLocale, ...files.map((file) => file.locale)]);

  const parsedFiles = new Map<string, ParsedFile>();
  const load = (file: ContentFile): ParsedFile => {
    let parsed = parsedFiles.get(file.path);
    if (!parsed) {
      parsed = parseContentFile(file, fs.readFileSync(file.path, 'utf8'));
      parsedFiles.set(file.path, parsed);
    }
    return parsed;
  };
  const apps = composeApps({ siteDir, files, locales: selected, load });

  const fingerprints = new Map<string, Fingerprint>();
  const fingerprintOf = ({ module, extension }: CompiledFence): Fingerprint => {
    const cacheKey = `${extension}\n${module.text}`;
    let print = fingerprints.get(cacheKey);
    if (!print) {
      print = fingerprint(module.text, extension);
      fingerprints.set(cacheKey, print);
    }
    return print;
  };
  const { groups, compiledApps } = groupApps(apps, fingerprintOf);

  const compiled =
    groups.length > 0
      ? compileApps({
          siteDir,
          packagesDir: options.packagesDir && path.resolve(options.packagesDir),
          apps: groups.map((group) => ({ modules: group.members[0]!.map(({ module }) => module) })),
          cache: options.cache,
          ambientTypes: options.ambientTypes,
        })
      : { diagnostics: [], global: [] };

  const diagnostics: CodeDiagnostic[] = [...parsedFiles.values()].flatMap((parsed) => [
    ...(parsed.parseError ? [parsed.parseError] : []),
    ...fenceProblems(parsed),
  ]);
  for (const { code, message } of compiled.global) {
    diagnostics.push({ file: '', line: 0, column: 0, code: `TS${code}`, message });
  }
  for (const diagnostic of compiled.diagnostics) {
    const [source, ...others] = groups[diagnostic.app]!.members;
    const from = source![diagnostic.module]!;
    for (const members of [source!, ...others]) {
      const to = members[diagnostic.module]!;
      const offset =
        from.module.text === to.module.text
          ? diagnostic.start
          : mapOffset(fingerprintOf(from), fingerprintOf(to), diagnostic.start);
      diagnostics.push({
        file: to.appFence.parsed.file.relative,
        ...positionInFile(to.appFence.fence, offset),
        code: `TS${diagnostic.code}`,
        message: diagnostic.finalApp
          ? finalAppMessage(diagnostic.message, diagnostic.module, diagnostic.finalApp, members)
          : diagnostic.message,
      });
    }
  }

  return {
    diagnostics: uniqueDiagnostics(diagnostics),
    locales: countFences({ apps, compiledApps, locales: selected }),
    durationMs: performance.now() - started,
  };
}

/** Sorted, each reported once (a fragment composed by many pages has its problems once). */
function uniqueDiagnostics(diagnostics: readonly CodeDiagnostic[]): CodeDiagnostic[] {
  const byText = new Map(diagnostics.map((diagnostic) => [formatDiagnostic(diagnostic), diagnostic]));
  return [...byText.values()].sort(compareDiagnostics);
}

/** Counts each fence once per locale, under the locale of the apps that compose it. */
function countFences(input: {
  readonly apps: readonly App[];
  readonly compiledApps: ReadonlySet<App>;
  readonly locales: ReadonlySet<string>;
}): Record<string, LocaleCount> {
  const known: readonly string[] = siteLocales;
  const order = [
    ...known.filter((locale) => input.locales.has(locale)),
    ...[...input.locales].filter((locale) => !known.includes(locale)).sort(),
  ];
  const newCounts = () => ({
    checked: new Set<Fence>(),
    compiled: new Set<Fence>(),
    optedOut: new Set<Fence>(),
    other: new Set<Fence>(),
  });
  const sets = new Map(order.map((locale) => [locale, newCounts()]));
  for (const app of input.apps) {
    const counts = sets.get(app.locale);
    if (!counts) {
      continue;
    }
    for (const { fence } of app.fences) {
      if (fence.extension === undefined) {
        counts.other.add(fence);
      } else if (optsOut(fence)) {
        counts.optedOut.add(fence);
      } else {
        counts.checked.add(fence);
        if (input.compiledApps.has(app)) {
          counts.compiled.add(fence);
        }
      }
    }
  }
  return Object.fromEntries(
    [...sets].map(([locale, counts]) => [
      locale,
      {
        checked: counts.checked.size,
        compiled: counts.compiled.size,
        optedOut: counts.optedOut.size,
        otherLanguages: counts.other.size,
      },
    ]),
  );
}
