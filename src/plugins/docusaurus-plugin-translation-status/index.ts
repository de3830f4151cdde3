import path from 'node:path';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { loadStatus, pageStatuses } from '../../i18n-status';
import { routeOf, translationStatusPluginName } from '../../i18n-status/notice';
import type { StatusPageData, StatusPageLink, TranslationStatusGlobalData } from '../../i18n-status/types';
import { describeContentFile, docsDir, fragmentsDir, i18nDir, localizedDocsDir } from '../../lib/site-files';

const pluginName = translationStatusPluginName;

/** Options of the translation status plugin. */
export type Options = {
  /** Route of the status page, without base URL. */
  readonly routePath?: string;
};

const defaultOptions = { routePath: '/translation-status' } satisfies Required<Options>;

/** Options with defaults applied; throws on anything but an object whose `routePath` starts with `/`. */
export function resolveOptions(options: unknown): Required<Options> {
  if (options === undefined) {
    return defaultOptions;
  }
  if (typeof options !== 'object' || options === null) {
    throw new Error(`${pluginName}: options must be an object, got ${JSON.stringify(options)}`);
  }
  // Docusaurus adds the plugin instance `id` to every plugin's options.
  const { routePath = defaultOptions.routePath, id: _id, ...unknown } = options as Record<string, unknown>;
  if (Object.keys(unknown).length > 0) {
    throw new Error(`${pluginName}: unknown options ${Object.keys(unknown).join(', ')} (known: routePath)`);
  }
  if (typeof routePath !== 'string' || !routePath.startsWith('/')) {
    throw new Error(`${pluginName}: routePath must be a string starting with "/", got ${JSON.stringify(routePath)}`);
  }
  return { routePath };
}

/** English docs (relative to the site) → route without base URL and title, from the docs plugin's content. */
function pagesOf(siteDir: string, baseUrl: string, docs: LoadedContent | undefined): Record<string, StatusPageLink> {
  const pages: Record<string, StatusPageLink> = {};
  for (const doc of docs?.loadedVersions.flatMap((version) => version.docs) ?? []) {
    const content = describeContentFile(siteDir, doc.source.replace(/^@site\//u, ''));
    if (content) {
      pages[content.sourceRelative] = { route: routeOf(doc.permalink, baseUrl) ?? doc.permalink, title: doc.title };
    }
  }
  return pages;
}

/**
 * Computes the translation status once every plugin has loaded (it needs the docs' routes) and publishes it: a status page (per locale,
 * a progress bar and the outdated and missing files, linked to their pages) and, as global data,
 * the pages of the locale being built that are untranslated or outdated, for the doc notices.
 */
export default function pluginTranslationStatus(context: LoadContext, options?: unknown): Plugin {
  const { routePath } = resolveOptions(options);
  const { siteDir, baseUrl } = context;
  const locale = context.i18n.currentLocale;
  return {
    name: pluginName,
    getPathsToWatch: () => [docsDir, fragmentsDir, i18nDir].map((folder) => path.join(siteDir, folder, '**/*.{md,mdx}')),
    async allContentLoaded({ allContent, actions }) {
      const report = loadStatus({ siteDir });
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      // The page lists only what is left to do: current files and compositions stay out of its bundle.
      const pageReport = { ...report, composition: {}, locales: report.locales.map((entry) => ({ ...entry, current: [] })) };
      const data: StatusPageData = { report: pageReport, pages: pagesOf(siteDir, baseUrl, docs) };
      actions.addRoute({
        path: normalizeUrl([baseUrl, routePath]),
        component: '@site/src/components/TranslationStatusPage',
        exact: true,
        modules: { data: await actions.createData('translation-status.json', data) },
      });
      const status = report.locales.find((entry) => entry.locale === locale);
      const pages = status ? pageStatuses(report, status) : { missing: [], outdated: {} };
      const globalData: TranslationStatusGlobalData = {
        locale,
        localizedDocsPrefix: `${i18nDir}/${locale}/${localizedDocsDir}/`,
        englishDocsPrefix: `${docsDir}/`,
        missing: pages.missing,
        outdated: pages.outdated,
        statusRoute: routePath,
      };
      actions.setGlobalData(globalData);
    },
  };
}
