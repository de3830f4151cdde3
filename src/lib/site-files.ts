import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale } from './locales';

/** Folder (relative to the site) of the English docs. */
export const docsDir = 'docs';
/** Folder (relative to the site) of the English shared fragments. */
export const fragmentsDir = 'fragments';
/** Folder (relative to the site) of translations. */
export const i18nDir = 'i18n';
/** Folder, inside `i18n/<locale>/`, that mirrors `docs/` (the docs plugin's current version). */
export const localizedDocsDir = 'docusaurus-plugin-content-docs/current';

/** The file extensions that hold content. */
const contentExtensions = new Set(['.md', '.mdx']);

/** One Markdown or MDX content file of the site. */
export type ContentFile = {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the site, with forward slashes: `i18n/ko/fragments/_checkpoint.mdx`. */
  readonly relative: string;
  /** `en` for `docs/` and `fragments/`, otherwise the locale folder it lives in. */
  readonly locale: string;
  /** `doc` for the docs tree (pages and their partials), `fragment` for shared fragments. */
  readonly area: 'doc' | 'fragment';
  /** The English file this one mirrors (itself for English), relative to the site. */
  readonly sourceRelative: string;
  /** True for files whose name starts with `_`: partials, which Docusaurus never renders as pages. */
  readonly isPartial: boolean;
};

const toPosix = (value: string): string => value.split(path.sep).join('/');

/** Describes a content file from its path relative to the site, or `undefined` if it is not content. */
export function describeContentFile(siteDir: string, relativePath: string): ContentFile | undefined {
  const relative = toPosix(relativePath);
  if (!contentExtensions.has(path.extname(relative))) {
    return undefined;
  }
  const isPartial = path.basename(relative).startsWith('_');
  const base = { path: path.join(siteDir, relative), relative, isPartial };
  const segments = relative.split('/');
  if (segments[0] === docsDir) {
    return { ...base, locale: defaultLocale, area: 'doc', sourceRelative: relative };
  }
  if (segments[0] === fragmentsDir) {
    return { ...base, locale: defaultLocale, area: 'fragment', sourceRelative: relative };
  }
  if (segments[0] === i18nDir && segments.length > 3) {
    const locale = segments[1]!;
    const inLocale = segments.slice(2).join('/');
    if (inLocale.startsWith(`${localizedDocsDir}/`)) {
      const rest = inLocale.slice(localizedDocsDir.length + 1);
      return { ...base, locale, area: 'doc', sourceRelative: `${docsDir}/${rest}` };
    }
    if (inLocale.startsWith(`${fragmentsDir}/`)) {
      return { ...base, locale, area: 'fragment', sourceRelative: inLocale };
    }
  }
  return undefined;
}

/** The path (relative to the site) where `locale` keeps its copy of an English content file. */
export function localizedPathOf(sourceRelative: string, locale: string): string {
  if (locale === defaultLocale) {
    return sourceRelative;
  }
  if (sourceRelative.startsWith(`${docsDir}/`)) {
    return `${i18nDir}/${locale}/${localizedDocsDir}/${sourceRelative.slice(docsDir.length + 1)}`;
  }
  return `${i18nDir}/${locale}/${sourceRelative}`;
}

/** Every content file of the site (English and every locale), sorted by path. */
export function listContentFiles(siteDir: string): ContentFile[] {
  const roots = [docsDir, fragmentsDir, i18nDir].filter((root) => fs.existsSync(path.join(siteDir, root)));
  return roots
    .flatMap((root) =>
      fs
        .readdirSync(path.join(siteDir, root), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name))),
    )
    .flatMap((relative) => describeContentFile(siteDir, relative) ?? [])
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
