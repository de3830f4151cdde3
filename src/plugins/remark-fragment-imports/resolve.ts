import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale } from '../../lib/locales';
import { fragmentsDir, i18nDir } from '../../lib/site-files';

/** The import prefix under which shared fragments are addressed. */
export const fragmentsPrefix = '@fragments/';

/** Where an `@fragments/...` import of one file leads. */
export type FragmentResolution = {
  /** Absolute path of the file the import composes. */
  readonly filePath: string;
  /** The locale of that file (`en` for the English fragment). */
  readonly locale: string;
  /** True when the importer is localized but its locale has no copy, so English is used. */
  readonly fellBack: boolean;
};

/** What {@link resolveFragmentImport} needs. */
export type ResolveFragmentOptions = {
  /** Absolute path of the site's root folder. */
  readonly siteDir: string;
  /** Absolute path of the file that holds the import. */
  readonly importer: string;
  /** The import specifier as written, e.g. `@fragments/next/_installation.mdx`. */
  readonly specifier: string;
  /** Tells whether a file exists; defaults to the file system (tests and the checker pass their own). */
  readonly fileExists?: (filePath: string) => boolean;
};

const defaultFileExists = (filePath: string): boolean => {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
};

/**
 * The locale a file belongs to: `<locale>` for files under `i18n/<locale>/`, otherwise `en`.
 * This is the single rule the site and the checker share.
 */
export function localeOfFile(siteDir: string, filePath: string): string {
  const relative = path.relative(siteDir, filePath).split(path.sep);
  if (relative[0] === i18nDir && relative.length > 2) {
    return relative[1]!;
  }
  return defaultLocale;
}

/**
 * Resolves an `@fragments/...` import by the file that imports it: a file under `i18n/<locale>/`
 * gets `i18n/<locale>/fragments/...` when that file exists and the English `fragments/...`
 * otherwise; any other file gets English. Returns `undefined` for other specifiers.
 */
export function resolveFragmentImport(options: ResolveFragmentOptions): FragmentResolution | undefined {
  const { siteDir, importer, specifier, fileExists = defaultFileExists } = options;
  if (!specifier.startsWith(fragmentsPrefix)) {
    return undefined;
  }
  const rest = specifier.slice(fragmentsPrefix.length);
  const english = path.join(siteDir, fragmentsDir, rest);
  const locale = localeOfFile(siteDir, importer);
  if (locale !== defaultLocale) {
    const localized = path.join(siteDir, i18nDir, locale, fragmentsDir, rest);
    if (fileExists(localized)) {
      return { filePath: localized, locale, fellBack: false };
    }
    return { filePath: english, locale: defaultLocale, fellBack: true };
  }
  return { filePath: english, locale: defaultLocale, fellBack: false };
}
