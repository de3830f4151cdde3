/*
 * Types of the translation status. This module has no runtime code and imports nothing from Node,
 * so the site's client components (the status page, the notices) can import it too.
 */

/** What an English content file is: a page (has a route), a page's partial, or a shared fragment. */
export type FileKind = 'page' | 'partial' | 'fragment';

/** Why a translation counts as outdated. */
export type OutdatedReason =
  /** Its `i18n-source` marker names another hash than the English file's current one. */
  | 'changed'
  /** It has no `i18n-source` marker, so which English it was translated from is unknown. */
  | 'unmarked';

/** One English content file as seen from one locale. */
type FileStatusBase = {
  /** The English file, relative to the site: `docs/quick-starts/next/README.mdx`. */
  readonly source: string;
  /** The translation's path, relative to the site (whether or not it exists yet). */
  readonly translation: string;
  readonly kind: FileKind;
  /** Hash of the English file as a marker writes it: `sha256-<12 hex>`. */
  readonly sourceHash: string;
};

/** A translation that matches the current English. */
export type CurrentFile = FileStatusBase & { readonly state: 'current' };

/** A translation made from an older English, or from an unknown one. */
export type OutdatedFile = FileStatusBase & {
  readonly state: 'outdated';
  readonly reason: OutdatedReason;
  /** The hash its marker names (`sha256-…`); absent when unmarked. */
  readonly markedHash?: string;
};

/** An English file with no translation in the locale. */
export type MissingFile = FileStatusBase & { readonly state: 'missing' };

/** The status of one English file in one locale. */
export type FileStatus = CurrentFile | OutdatedFile | MissingFile;

/** The status of one locale: every English file is exactly one of current, outdated or missing. */
export type LocaleStatus = {
  readonly locale: string;
  /** Number of English content files (pages, partials and fragments). */
  readonly total: number;
  readonly counts: { readonly current: number; readonly outdated: number; readonly missing: number };
  /** Share of English files translated and current, rounded down (100 only when nothing is left). */
  readonly percent: number;
  readonly current: readonly CurrentFile[];
  readonly outdated: readonly OutdatedFile[];
  readonly missing: readonly MissingFile[];
  /** Translations (relative to the site) whose English source does not exist. */
  readonly orphans: readonly string[];
};

/** The translation status of the whole site. */
export type StatusReport = {
  /** One entry per translated locale, in the site's locale order. */
  readonly locales: readonly LocaleStatus[];
  /**
   * For each English partial and fragment, the English pages that render it (directly or through
   * another fragment), sorted. Pages render themselves and are not listed.
   */
  readonly usedBy: Readonly<Record<string, readonly string[]>>;
  /** For each English page, every English file it renders: itself first, then its partials and fragments. */
  readonly composition: Readonly<Record<string, readonly string[]>>;
};

/** A file that keeps a translated page from being current. */
export type PageProblem = {
  /** The English file, relative to the site. */
  readonly source: string;
  /** `outdated` for a stale translation; `missing` for a fragment the page shows in English. */
  readonly state: 'outdated' | 'missing';
};

/**
 * The plugin's global data for the locale being built: which English pages it shows untranslated,
 * and which translated pages render something outdated or untranslated.
 */
export type TranslationStatusGlobalData = {
  readonly locale: string;
  /** Where this locale's docs live, relative to the site and ending in `/`. */
  readonly localizedDocsPrefix: string;
  /** Where English docs live, relative to the site and ending in `/`. */
  readonly englishDocsPrefix: string;
  /** English pages (relative to the site) that this locale shows in English. */
  readonly missing: readonly string[];
  /** Translated pages (by English path) that render an outdated or untranslated file, with those files. */
  readonly outdated: Readonly<Record<string, readonly PageProblem[]>>;
  /** Route of the translation status page, without base URL. */
  readonly statusRoute: string;
};

/** A page of the site, as the status page links it. */
export type StatusPageLink = {
  /** The page's route without any locale base URL: `/quick-starts/next`. */
  readonly route: string;
  /** The page's title in the locale being built. */
  readonly title: string;
};

/** What the plugin hands the translation status page. */
export type StatusPageData = {
  readonly report: StatusReport;
  /** English pages (relative to the site) → their route and title. */
  readonly pages: Readonly<Record<string, StatusPageLink>>;
};
