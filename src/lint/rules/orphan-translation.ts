import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { defaultLocale } from '../../lib/locales';
import { code, listOf, ruleUrl, suggestPath } from '../messages';
import type { Options } from './options';

/** `docs:orphan-translation`: every translated file mirrors an English file, in a configured locale. */
const remarkLintDocsOrphanTranslation = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:orphan-translation', url: ruleUrl('orphan-translation') },
  (_tree, file, options) => {
    const content = file.data.docsFacts?.content;
    if (!content || content.locale === defaultLocale) {
      return;
    }
    const { site } = options;
    const place = { line: 1, column: 1 };
    if (!site.config.locales.includes(content.locale)) {
      file.message(
        `Locale ${code(content.locale)} is not a locale of the site (${listOf([...site.config.locales])}); move the file to a configured locale or add the locale to src/lib/locales.ts`,
        { place },
      );
      return;
    }
    if (!site.entries.has(content.sourceRelative)) {
      const englishFiles = [...site.entries.values()]
        .filter((entry) => entry.content.locale === defaultLocale && entry.content.area === content.area)
        .map((entry) => entry.content.relative);
      const suggestion = suggestPath(content.sourceRelative, englishFiles);
      file.message(
        `Translation has no English source: expected ${content.sourceRelative}; rename it after its English file or delete it${suggestion === undefined ? '' : ` (did you mean ${code(suggestion)}?)`}`,
        { place },
      );
    }
  },
);

export default remarkLintDocsOrphanTranslation;
