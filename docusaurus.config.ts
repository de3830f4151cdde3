import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { currentLocale, defaultLocale, localeConfigs, locales, siteTexts } from './src/lib/locales';
import { sidebarItemsGenerator } from './src/lib/sidebar-items-generator';
import pluginFragments from './src/plugins/docusaurus-plugin-fragments';
import pluginLlmsTxt from './src/plugins/docusaurus-plugin-llms-txt';
import remarkFragmentImports from './src/plugins/remark-fragment-imports';

/** Where "Edit this page" points; a fork or a mirror sets its own repository here. */
const editRepositoryUrl =
  process.env.DOCS_EDIT_URL ?? 'https://github.com/logto-io/quick-starts/edit/main/';

/** The public origin of the site; deployments other than the default set `SITE_URL`. */
const siteUrl = process.env.SITE_URL ?? 'https://quick-starts.logto.dev';

const config: Config = {
  // The site name appears in every tab title, so each locale gets its own.
  title: siteTexts[currentLocale()].title,
  tagline: siteTexts[currentLocale()].tagline,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  future: { v4: true, faster: true },

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
        },
        blog: false,
        pages: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [pluginFragments, pluginLlmsTxt],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Logto quick starts',
      logo: { alt: 'Logto', src: 'img/logo.svg' },
      items: [
        { type: 'doc', docId: 'quick-starts/README', label: 'Quick starts', position: 'left' },
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
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'json'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
