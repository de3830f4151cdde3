import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { socialCardPathOf, socialCardsDir } from '../../lib/social-card-path';
import { renderCard, type CardContent } from './card';
import { fontsourceSubsets, type FontSubset } from './fonts';

/** The card of pages that have none of their own (the site's `themeConfig.image`), per locale. */
export const defaultSocialCard = `${socialCardsDir}/default.png`;

/** Cards already rendered in this process: untranslated pages show the same title in every locale. */
const rendered = new Map<string, Promise<Buffer>>();

/** Fonts in order of preference for a locale: the Korean family draws Hangul, the Simplified Chinese one kana and Han. */
function fontsFor(siteDir: string, locale: string): FontSubset[] {
  const korean = fontsourceSubsets({ packageDir: path.join(siteDir, 'node_modules/@fontsource/noto-sans-kr'), family: 'Noto Sans KR', weight: 700 });
  const chinese = fontsourceSubsets({ packageDir: path.join(siteDir, 'node_modules/@fontsource/noto-sans-sc'), family: 'Noto Sans SC', weight: 700 });
  return /^(ja|zh)/u.test(locale) ? [...chinese, ...korean] : [...korean, ...chinese];
}

/**
 * After each locale's build, renders a social card (1200×630 PNG with the page title in the page's
 * language) for every doc of the main docs instance, plus the locale's default card. Pages link
 * theirs through `og:image` (see `src/theme/DocItem/Metadata`).
 */
export default function pluginSocialCards(context: LoadContext): Plugin {
  const { siteDir, siteConfig } = context;
  return {
    name: 'docusaurus-plugin-social-cards',
    async postBuild({ outDir, plugins, baseUrl, i18n }) {
      const docsPlugin = plugins.find((plugin) => plugin.name === 'docusaurus-plugin-content-docs' && plugin.options.id === 'default');
      const docs = (docsPlugin?.content as LoadedContent | undefined)?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const fonts = fontsFor(siteDir, i18n.currentLocale);
      const host = new URL(siteConfig.url).host;
      const cards: { file: string; content: CardContent }[] = [
        { file: defaultSocialCard, content: { title: siteConfig.tagline, siteTitle: siteConfig.title, host, locale: 'en' } },
        ...docs.map((doc) => ({
          file: socialCardPathOf(doc.permalink, baseUrl).slice(1),
          content: { title: doc.title, siteTitle: siteConfig.title, host, locale: i18n.currentLocale },
        })),
      ];
      for (const { file, content } of cards) {
        const key = JSON.stringify([fonts[0]?.family, content]);
        if (!rendered.has(key)) {
          rendered.set(key, renderCard(content, fonts));
        }
        const target = path.join(outDir, file);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, await rendered.get(key)!);
      }
    },
  };
}
