/*
 * Which translation notice a doc page shows. Pure and free of Node imports: the theme wrapper runs it
 * in the browser, and tests run it without rendering.
 */
import type { PageProblem, TranslationStatusGlobalData } from './types';

/** Name of the translation status plugin: the key of its global data (`usePluginData`). */
export const translationStatusPluginName = 'docusaurus-plugin-translation-status';

/** The notice a page shows; `undefined` when it shows none. */
export type TranslationNotice =
  /** A non-English build shows this page in English: it has no translation. */
  | { readonly kind: 'missing' }
  /**
   * A translated page renders an outdated translation or a fragment still in English. `englishUrl`
   * is the English original's path (no locale prefix), `undefined` if the permalink is not under
   * the locale's base URL.
   */
  | { readonly kind: 'outdated'; readonly englishUrl: string | undefined; readonly problems: readonly PageProblem[] };

/** What {@link noticeFor} needs about the page and the build. */
export type NoticeInput = {
  /** The doc's `metadata.source`: `@site/docs/…` for English, `@site/i18n/<locale>/…` for a translation. */
  readonly source: string;
  /** The doc's `metadata.permalink`, which includes the locale's base URL: `/ko/quick-starts/next`. */
  readonly permalink: string;
  /** The locale being built and the site's default locale. */
  readonly locale: string;
  readonly defaultLocale: string;
  /** Base URLs (with leading and trailing `/`) of the locale being built and of the default locale. */
  readonly localeBaseUrl: string;
  readonly defaultBaseUrl: string;
  /** The translation status plugin's global data; `undefined` when the plugin is not installed. */
  readonly status: TranslationStatusGlobalData | undefined;
};

/** A path with a trailing `/` (base URLs are compared and joined that way). */
const withTrailingSlash = (value: string): string => (value.endsWith('/') ? value : `${value}/`);

/**
 * A permalink's route without the locale's base URL, always starting with `/`:
 * (`/ko/quick-starts/next`, `/ko/`) → `/quick-starts/next`; the locale's home (`/ko` or `/ko/`) → `/`.
 * `undefined` when the permalink is not under that base URL.
 */
export function routeOf(permalink: string, baseUrl: string): string | undefined {
  const base = withTrailingSlash(baseUrl);
  if (withTrailingSlash(permalink) === base) {
    return '/';
  }
  return permalink.startsWith(base) ? `/${permalink.slice(base.length)}` : undefined;
}

/** A route (from {@link routeOf}) under a locale's base URL: (`/quick-starts/next`, `/ko/`) → `/ko/quick-starts/next`. */
export function localizedUrl(route: string, baseUrl: string): string {
  return `${withTrailingSlash(baseUrl)}${route.replace(/^\//u, '')}`;
}

/** The English original of a page of another locale: (`/ko/quick-starts/next`, `/ko/`, `/`) → `/quick-starts/next`. */
export function englishUrlOf(permalink: string, localeBaseUrl: string, defaultBaseUrl: string): string | undefined {
  const route = routeOf(permalink, localeBaseUrl);
  return route === undefined ? undefined : localizedUrl(route, defaultBaseUrl);
}

/**
 * The notice of a doc page: none in the default locale; `missing` when a non-English build shows
 * the English file; `outdated` when the page's translation, or a partial or fragment it renders, is
 * outdated or untranslated according to the plugin's status.
 */
export function noticeFor(input: NoticeInput): TranslationNotice | undefined {
  const { status } = input;
  if (input.locale === input.defaultLocale || status === undefined || status.locale !== input.locale) {
    return undefined;
  }
  const source = input.source.replace(/^@site\//u, '');
  if (source.startsWith(status.englishDocsPrefix)) {
    return { kind: 'missing' };
  }
  if (!source.startsWith(status.localizedDocsPrefix)) {
    return undefined;
  }
  const english = status.englishDocsPrefix + source.slice(status.localizedDocsPrefix.length);
  const problems = status.outdated[english];
  if (!problems || problems.length === 0) {
    return undefined;
  }
  return {
    kind: 'outdated',
    englishUrl: englishUrlOf(input.permalink, input.localeBaseUrl, input.defaultBaseUrl),
    problems,
  };
}
