import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { defaultLocale } from '../../lib/locales';
import { localizedPathOf } from '../../lib/site-files';
import { listOf, ruleUrl } from '../messages';
import type { Options } from './options';

/**
 * `docs:missing-translation` (info by default): an English page or shared fragment that a locale
 * has not translated. The site falls back to English, so this is a translator's to-do, not a fault.
 * Partials are not listed: a translated page without its partials already fails `docs:import`.
 */
const remarkLintDocsMissingTranslation = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:missing-translation', url: ruleUrl('missing-translation') },
  (_tree, file, options) => {
    const content = file.data.docsFacts?.content;
    if (!content || content.locale !== defaultLocale || (content.area === 'doc' && content.isPartial)) {
      return;
    }
    const { site } = options;
    const missing = site.config.locales.filter(
      (locale) => locale !== defaultLocale && !site.entries.has(localizedPathOf(content.relative, locale)),
    );
    if (missing.length > 0) {
      file.message(
        `Not translated into ${listOf(missing)}: readers of ${missing.length === 1 ? 'that locale' : 'those locales'} see English; add ${localizedPathOf(content.relative, '<locale>')}`,
        { place: { line: 1, column: 1 } },
      );
    }
  },
);

export default remarkLintDocsMissingTranslation;
