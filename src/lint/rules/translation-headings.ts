import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { HeadingFact } from '../facts';
import { code, ruleUrl, where } from '../messages';
import { idHeadings } from './heading-id';
import { parsedTranslationPair, type Options } from './options';

const describe = (heading: HeadingFact): string => `level ${heading.depth} ${code(`#${heading.explicitId ?? heading.id}`)}`;

/** Whether a translated heading matches its English one (a missing id is `docs:heading-id`'s to report). */
const matches = (translated: HeadingFact, english: HeadingFact): boolean =>
  translated.depth === english.depth && (translated.explicitId === undefined || translated.explicitId === english.id);

/**
 * `docs:translation-headings`: a translation has the English ids, in the same order, at the same
 * levels. Only the first difference is reported: the ones after it usually follow from it.
 */
const remarkLintDocsTranslationHeadings = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:translation-headings', url: ruleUrl('translation-headings') },
  (_tree, file, options) => {
    const pair = parsedTranslationPair(options.site, file);
    if (!pair) {
      return;
    }
    const { facts, source } = pair;
    const { sourceRelative } = facts.content;
    const english = idHeadings(source);
    const translated = idHeadings(facts);
    const index = translated.findIndex((heading, at) => !english[at] || !matches(heading, english[at]));
    if (index !== -1) {
      const heading = translated[index]!;
      const expected = english[index];
      const reason = expected
        ? `Heading ${index + 1} is ${describe(heading)}, expected ${describe(expected)} as in ${where(sourceRelative, expected.position)}`
        : `Heading ${index + 1} (${describe(heading)}) has no counterpart: ${sourceRelative} has ${english.length} headings of level 2+`;
      file.message(`${reason}; a translation keeps the English ids, order and levels`, { place: heading.position });
      return;
    }
    if (translated.length < english.length) {
      const missing = english[translated.length]!;
      file.message(
        `Missing ${english.length - translated.length} heading(s) of ${sourceRelative}, from ${describe(missing)} (${where(sourceRelative, missing.position)}); translate them with the same ids`,
        { place: translated.at(-1)?.position ?? { line: 1, column: 1 } },
      );
    }
  },
);

export default remarkLintDocsTranslationHeadings;
