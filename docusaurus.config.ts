import type { Config, LoadContext } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { currentLocale, defaultLocale, localeConfigs, locales, siteTexts, translatedLocales } from './src/lib/locales';
import { searchConfigFrom } from './src/lib/search-config';
import { referenceDir, referenceRouteBasePath, referenceSdks } from './src/lib/sdk-reference';
import { prismDarkTheme, prismLightTheme } from './src/lib/prism-contrast';
import { sidebarItemsGenerator } from './src/lib/sidebar-items-generator';
import pluginFragments from './src/plugins/docusaurus-plugin-fragments';
import pluginIdlePrefetch from './src/plugins/docusaurus-plugin-idle-prefetch';
import pluginLlmsTxt from './src/plugins/docusaurus-plugin-llms-txt';
import pluginPagefind from './src/plugins/docusaurus-plugin-pagefind';
import pluginSdkReference from './src/plugins/docusaurus-plugin-sdk-reference';
import pluginPrismCss from './src/plugins/docusaurus-plugin-prism-css';
import pluginPrismOnDemand from './src/plugins/docusaurus-plugin-prism-on-demand';
import pluginSecurityHeaders from './src/plugins/docusaurus-plugin-security-headers';
import pluginSocialCards, { defaultSocialCard } from './src/plugins/docusaurus-plugin-social-cards';
import pluginTranslationStatus from './src/plugins/docusaurus-plugin-translation-status';
import remarkFragmentImports from './src/plugins/remark-fragment-imports';

/** Where "Edit this page" points; a fork or a mirror sets its own repository here. */
const editRepositoryUrl =
  process.env.DOCS_EDIT_URL ?? 'https://github.com/logto-io/quick-starts/edit/main/';

/** The public origin of the site; deployments other than the default set `SITE_URL`. */
const siteUrl = process.env.SITE_URL ?? 'https://quick-starts.logto.dev';

/** Algolia DocSearch replaces the offline search when ALGOLIA_APP_ID, ALGOLIA_API_KEY and ALGOLIA_INDEX_NAME are all set. */
const search = searchConfigFrom(process.env);

const config: Config = {
  // The site name appears in every tab title, so each locale gets its own.
  title: siteTexts[currentLocale()].title,
  tagline: siteTexts[currentLocale()].tagline,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  // One namespace for every locale (rather than one per base URL, the v4 default): the reader's
  // color mode follows them from one language to another, and the color-mode script is the same
  // in every locale, so the Content-Security-Policy needs one hash for it instead of nine.
  storage: { namespace: 'logto-docs' },
  // The banner is a development aid for a wrong baseUrl (every locale's baseUrl is set and tested
  // here); off, the pages carry one inline script fewer and the policy one hash per locale fewer.
  baseUrlIssueBanner: false,

  future: {
    faster: true,
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      // Off: the CSS build emulates cascade layers by adding `:not(#\#)` to every Infima selector,
      // which outranks the site's own CSS (src/css, CSS modules) and silently undid the accessible
      // colors and styles; with plain cascade order the site's CSS wins as written.
      useCssCascadeLayers: false,
      // Namespaced storage keys; `storage.namespace` above names the namespace.
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale,
    locales,
    localeConfigs,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator,
          editUrl: editRepositoryUrl,
          // A translated page opens its own file in `i18n/<locale>/`; an untranslated one opens English.
          editLocalizedFiles: true,
          beforeDefaultRemarkPlugins: [[remarkFragmentImports, { siteDir: __dirname }]],
          // The git date of each page: shown on the page and given to the sitemap as <lastmod>.
          showLastUpdateTime: true,
        },
        blog: false,
        pages: false,
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
          // The English-only SDK reference is listed once, in the English sitemap.
          ignorePatterns: translatedLocales.map((locale) => `${localeConfigs[locale].baseUrl}${referenceRouteBasePath}/**`),
        },
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    pluginFragments,
    pluginLlmsTxt,
    pluginTranslationStatus,
    pluginSocialCards,
    // Colors the code blocks per color mode with a stylesheet generated from themeConfig.prism's themes.
    pluginPrismCss,
    // Keeps Prism out of every page's first load: the server highlights, the browser loads Prism on demand.
    pluginPrismOnDemand,
    // Prefetches the pages of links in view one at a time, in idle periods, instead of all in one long task.
    pluginIdlePrefetch,
    ...(search.engine === 'local' ? [pluginPagefind] : []),
    // Writes `_headers` (Content-Security-Policy and other security headers) at the root of the build.
    (context: LoadContext) => pluginSecurityHeaders(context, { search: search.engine }),
    // Generates `reference/` (gitignored) once per build, before the docs instance below reads it.
    (context: LoadContext) => pluginSdkReference(context, { sdks: referenceSdks, outDir: referenceDir }),
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'reference',
        path: referenceDir,
        routeBasePath: referenceRouteBasePath,
        sidebarPath: './src/plugins/docusaurus-plugin-sdk-reference/sidebars.ts',
      } satisfies DocsOptions,
    ],
  ],

  themeConfig: {
    image: defaultSocialCard,
    ...(search.engine === 'docsearch' ? { algolia: search.algolia } : {}),
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Logto quick starts',
      logo: { alt: 'Logto', src: 'img/logo.svg' },
      items: [
        { type: 'doc', docId: 'quick-starts/README', label: 'Quick starts', position: 'left' },
        { type: 'docSidebar', docsPluginId: 'reference', sidebarId: 'reference', label: 'SDK reference', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guides',
          items: [
            { label: 'All quick starts', to: '/quick-starts' },
            { label: 'Next.js (App Router)', to: '/quick-starts/next-app-router' },
            { label: 'Next.js (Pages Router)', to: '/quick-starts/next' },
          ],
        },
        {
          title: 'Logto',
          items: [
            { label: 'Documentation', href: 'https://docs.logto.io' },
            { label: 'GitHub', href: 'https://github.com/logto-io/logto' },
          ],
        },
      ],
      copyright: 'Content licensed under CC BY 4.0. Logto is an open-source project.',
    },
    prism: {
      // The stock palettes have token colors below WCAG AA contrast; these are adjusted copies.
      theme: prismLightTheme,
      darkTheme: prismDarkTheme,
      additionalLanguages: ['bash', 'json'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
