import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('translation rules', () => {
  it('reports orphans, unknown locales, missing translations and every way a translation drifts from its source', async () => {
    expect(await lintFixture('translation-mirrors', { rules: { 'docs:missing-translation': 'info' } })).toEqual([
      'docs/other.mdx:1:1: info Not translated into ko: readers of that locale see English; add i18n/<locale>/docusaurus-plugin-content-docs/current/other.mdx [docs:missing-translation]',
      'i18n/ko/docusaurus-plugin-content-docs/current/gide.mdx:1:1: error Translation has no English source: expected docs/gide.mdx; rename it after its English file or delete it (did you mean `docs/guide.mdx`?) [docs:orphan-translation]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:11:1-11:14: error Heading 1 is level 2 `#use`, expected level 2 `#install` as in docs/guide.mdx:12:1; a translation keeps the English ids, order and levels [docs:translation-headings]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:26:1-26:7: error `<Extra>` is not rendered by docs/guide.mdx; render the same components as the source [docs:translation-imports]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:28:1-31:4: error Code block 2 differs from docs/guide.mdx:31:1: it has `npm start`, expected `npm run dev`; only comments may be translated [docs:translation-code]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:2:7-2:16: error Has `slug: /guide-ko`, expected `slug: /guide` as in docs/guide.mdx; a translation keeps the English slug so links work in every locale [docs:translation-slug]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:5:1-5:41: error Missing `<TabItem>`, which docs/guide.mdx renders; render the same components as the source [docs:translation-imports]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:5:1-5:41: error Missing `<Tabs>`, which docs/guide.mdx renders; render the same components as the source [docs:translation-imports]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:5:1-5:41: error Missing import `@theme/TabItem` that docs/guide.mdx has; a translation imports what its source imports [docs:translation-imports]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:5:1-5:41: error Missing import `@theme/Tabs` that docs/guide.mdx has; a translation imports what its source imports [docs:translation-imports]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:6:1-6:34: error Cannot resolve import `./_steps.mdx`: expected i18n/ko/docusaurus-plugin-content-docs/current/_steps.mdx; translate docs/_steps.mdx to i18n/ko/docusaurus-plugin-content-docs/current/_steps.mdx too: a translation\'s relative imports resolve inside its locale folder (only @fragments falls back to English) [docs:import]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:7:1-7:43: error Cannot resolve import `@fragments/_extra.mdx`: expected fragments/_extra.mdx; create fragments/_extra.mdx or correct the path [docs:import]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide.mdx:7:1-7:43: error Import `@fragments/_extra.mdx` is not in docs/guide.mdx; a translation imports what its source imports [docs:translation-imports]',
      'i18n/ko/fragments/_removed.mdx:1:1: error Translation has no English source: expected fragments/_removed.mdx; rename it after its English file or delete it [docs:orphan-translation]',
      'i18n/xx/fragments/_note.mdx:1:1: error Locale `xx` is not a locale of the site (en and ko); move the file to a configured locale or add the locale to src/lib/locales.ts [docs:orphan-translation]',
    ]);
  });
});
