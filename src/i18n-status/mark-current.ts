import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale } from '../lib/locales';
import { describeContentFile, listContentFiles } from '../lib/site-files';
import { contentHash, findMarker, writeMarker } from './marker';

/** What happened to one file given to {@link markCurrent}. */
export type MarkResult =
  | {
      /** The translation, relative to the site. */
      readonly file: string;
      /** `marked`: the marker was written or updated; `unchanged`: it already named this hash. */
      readonly outcome: 'marked' | 'unchanged';
      /** The English file it now records, relative to the site. */
      readonly source: string;
      readonly hash: string;
    }
  | {
      /** The file as given (relative to the site when inside it). */
      readonly file: string;
      readonly outcome: 'error';
      /** What is wrong and what to do instead. */
      readonly message: string;
    };

const toPosix = (value: string): string => value.split(path.sep).join('/');

/** Marks one translation current; `relative` is relative to the site. */
function markOne(siteDir: string, relative: string): MarkResult {
  const content = describeContentFile(siteDir, relative);
  if (!content || content.locale === defaultLocale) {
    return {
      file: relative,
      outcome: 'error',
      message: `${relative} is not a translation: give a file under i18n/<locale>/docusaurus-plugin-content-docs/current/ or i18n/<locale>/fragments/`,
    };
  }
  const sourcePath = path.join(siteDir, content.sourceRelative);
  if (!fs.existsSync(content.path)) {
    return { file: relative, outcome: 'error', message: `${relative} does not exist` };
  }
  if (!fs.existsSync(sourcePath)) {
    return {
      file: relative,
      outcome: 'error',
      message: `${relative} has no English source (${content.sourceRelative} does not exist): delete it or rename it to mirror an English file`,
    };
  }
  const hash = contentHash(fs.readFileSync(sourcePath, 'utf8'));
  // Latin-1 maps each byte to one character and back, so every byte but the marker's survives as is,
  // whatever the file's encoding.
  const text = fs.readFileSync(content.path, 'latin1');
  if (findMarker(text)?.hash === hash) {
    return { file: relative, outcome: 'unchanged', source: content.sourceRelative, hash };
  }
  fs.writeFileSync(content.path, writeMarker(text, hash), 'latin1');
  return { file: relative, outcome: 'marked', source: content.sourceRelative, hash };
}

/**
 * Writes the `i18n-source` marker of each translation with the current hash of its English source,
 * touching nothing but the marker line. `files` are absolute or relative to `cwd`.
 */
export function markCurrent(options: {
  readonly siteDir: string;
  readonly files: readonly string[];
  /** Folder that relative `files` start from; defaults to the site. */
  readonly cwd?: string;
}): MarkResult[] {
  const { siteDir } = options;
  return options.files.map((file) => {
    const relative = toPosix(path.relative(siteDir, path.resolve(options.cwd ?? siteDir, file)));
    if (relative.startsWith('../') || path.isAbsolute(relative)) {
      return { file, outcome: 'error', message: `${file} is outside the site (${siteDir})` };
    }
    return markOne(siteDir, relative);
  });
}

/** Every existing translation of `locale` that has an English source, relative to the site. */
export function translationsOf(options: { readonly siteDir: string; readonly locale: string }): string[] {
  const files = listContentFiles(options.siteDir);
  const english = new Set(files.filter((file) => file.locale === defaultLocale).map((file) => file.relative));
  return files
    .filter((file) => file.locale === options.locale && english.has(file.sourceRelative))
    .map((file) => file.relative);
}
