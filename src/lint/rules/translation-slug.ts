import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { code, ruleUrl } from '../messages';
import { englishSourceOf, parsedFacts, type Options } from './options';

/** `docs:translation-slug`: a translated page states exactly its English page's slug. */
const remarkLintDocsTranslationSlug = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:translation-slug', url: ruleUrl('translation-slug') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    const { site } = options;
    const source = facts && englishSourceOf(site, facts);
    if (!facts || !source || !site.isPage(facts.content.relative)) {
      return;
    }
    const english = source.frontMatter?.data.slug;
    const translated = facts.frontMatter?.data.slug;
    if (english === translated) {
      return;
    }
    const place = facts.frontMatter?.valuePositions.get('slug') ?? facts.frontMatter?.position ?? { line: 1, column: 1 };
    const expected = typeof english === 'string' ? code(`slug: ${english}`) : 'no slug';
    const found = typeof translated === 'string' ? code(`slug: ${translated}`) : 'no slug';
    file.message(
      `Has ${found}, expected ${expected} as in ${facts.content.sourceRelative}; a translation keeps the English slug so links work in every locale`,
      { place },
    );
  },
);

export default remarkLintDocsTranslationSlug;
