import fs from 'node:fs';
import { defaultLocale, translatedLocales } from '../lib/locales';
import { listContentFiles, localizedPathOf, type ContentFile } from '../lib/site-files';
import { composedFiles, contentImports } from './composition';
import { contentHash, findMarker, markerMatches } from './marker';
import type {
  CurrentFile,
  FileKind,
  FileStatus,
  LocaleStatus,
  MissingFile,
  OutdatedFile,
  PageProblem,
  StatusReport,
} from './types';

/** What {@link computeStatus} needs: the site's content files and a way to read them. */
export type StatusInput = {
  /** Absolute path of the site (resolves `@fragments` and relative imports). */
  readonly siteDir: string;
  /** Every content file of the site, English and translated (`listContentFiles`). */
  readonly files: readonly ContentFile[];
  /** The text of a content file, by path relative to the site. */
  readonly readText: (relative: string) => string;
  /** The locales to report, in order; English is never one of them. */
  readonly locales: readonly string[];
};

/** What a content file is, for translators: a page, a page's partial, or a shared fragment. */
export function kindOf(file: ContentFile): FileKind {
  if (file.area === 'fragment') {
    return 'fragment';
  }
  return file.isPartial ? 'partial' : 'page';
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Share of `part` in `total`, in whole percent rounded down; an empty site is complete. */
function percentOf(part: number, total: number): number {
  return total === 0 ? 100 : Math.floor((part * 100) / total);
}

/**
 * Computes, for each locale, which English content files are translated and current, outdated
 * (the marker names another English hash, or there is no marker) or missing, plus orphan
 * translations; and which pages render each partial and fragment. Reads files only through
 * `readText`, each at most once.
 */
export function computeStatus(input: StatusInput): StatusReport {
  const { siteDir, files, locales } = input;
  const texts = new Map<string, string>();
  const read = (relative: string): string => {
    let text = texts.get(relative);
    if (text === undefined) {
      text = input.readText(relative);
      texts.set(relative, text);
    }
    return text;
  };
  const existing = new Set(files.map((file) => file.relative));
  const english = files.filter((file) => file.locale === defaultLocale);
  const englishPaths = new Set(english.map((file) => file.relative));
  const hashes = new Map(english.map((file) => [file.relative, contentHash(read(file.relative))]));

  const localeStatuses = locales.map((locale): LocaleStatus => {
    const current: CurrentFile[] = [];
    const outdated: OutdatedFile[] = [];
    const missing: MissingFile[] = [];
    for (const file of english) {
      const base = {
        source: file.relative,
        translation: localizedPathOf(file.relative, locale),
        kind: kindOf(file),
        sourceHash: hashes.get(file.relative)!,
      };
      if (!existing.has(base.translation)) {
        missing.push({ ...base, state: 'missing' });
        continue;
      }
      const markedHash = findMarker(read(base.translation))?.hash;
      if (markedHash === undefined) {
        outdated.push({ ...base, state: 'outdated', reason: 'unmarked' });
      } else if (markerMatches(markedHash, base.sourceHash)) {
        current.push({ ...base, state: 'current' });
      } else {
        outdated.push({ ...base, state: 'outdated', reason: 'changed', markedHash });
      }
    }
    const orphans = files
      .filter((file) => file.locale === locale && !englishPaths.has(file.sourceRelative))
      .map((file) => file.relative);
    return {
      locale,
      total: english.length,
      counts: { current: current.length, outdated: outdated.length, missing: missing.length },
      percent: percentOf(current.length, english.length),
      current,
      outdated,
      missing,
      orphans,
    };
  });

  const imports = new Map<string, readonly string[]>();
  const importsOf = (relative: string): readonly string[] => {
    let found = imports.get(relative);
    if (found === undefined) {
      found = contentImports({ siteDir, relative, text: read(relative), exists: (path) => existing.has(path) });
      imports.set(relative, found);
    }
    return found;
  };
  const composition: Record<string, readonly string[]> = {};
  const usedBy: Record<string, string[]> = {};
  for (const page of english.filter((file) => kindOf(file) === 'page')) {
    const rendered = composedFiles(page.relative, importsOf);
    composition[page.relative] = rendered;
    for (const file of rendered.slice(1)) {
      (usedBy[file] ??= []).push(page.relative);
    }
  }
  for (const pages of Object.values(usedBy)) {
    pages.sort(byPath);
  }
  return { locales: localeStatuses, usedBy, composition };
}

/** Reads the site at `siteDir` and computes its translation status (all translated locales by default). */
export function loadStatus(options: { readonly siteDir: string; readonly locales?: readonly string[] }): StatusReport {
  const files = listContentFiles(options.siteDir);
  const paths = new Map(files.map((file) => [file.relative, file.path]));
  return computeStatus({
    siteDir: options.siteDir,
    files,
    readText: (relative) => fs.readFileSync(paths.get(relative) ?? relative, 'utf8'),
    locales: options.locales ?? translatedLocales,
  });
}

/** The status of each English file in one locale, by English path. */
export function fileStatuses(locale: LocaleStatus): Map<string, FileStatus> {
  return new Map<string, FileStatus>(
    [...locale.current, ...locale.outdated, ...locale.missing].map((file) => [file.source, file]),
  );
}

/**
 * Which English pages a locale shows in English (`missing`), and which translated pages render an
 * outdated file or a fragment still in English (`outdated`, with those files in render order).
 */
export function pageStatuses(
  report: StatusReport,
  locale: LocaleStatus,
): { missing: string[]; outdated: Record<string, PageProblem[]> } {
  const statuses = fileStatuses(locale);
  const missing: string[] = [];
  const outdated: Record<string, PageProblem[]> = {};
  for (const [page, rendered] of Object.entries(report.composition)) {
    if (statuses.get(page)?.state === 'missing') {
      missing.push(page);
      continue;
    }
    const problems = rendered.flatMap((source): PageProblem[] => {
      const state = statuses.get(source)?.state;
      return state === 'outdated' || state === 'missing' ? [{ source, state }] : [];
    });
    if (problems.length > 0) {
      outdated[page] = problems;
    }
  }
  return { missing: missing.sort(byPath), outdated };
}
