import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { FileFacts, HeadingFact } from '../facts';
import { asciiSlug, kebabCaseId, writtenId } from '../heading-slug';
import { code, ruleUrl } from '../messages';
import type { Site } from '../site';
import { englishSourceOf, parsedFacts, type Options } from './options';

/** Headings that must carry an explicit id: level 2 and deeper. */
export const idHeadings = (facts: FileFacts): HeadingFact[] => facts.headings.filter((heading) => heading.depth >= 2);

/**
 * The English ids a translation's headings take, index for index, when its level-2+ headings align
 * one-to-one with the English source's (same count, same levels); otherwise `undefined`.
 */
export function alignedEnglishIds(site: Site, facts: FileFacts): (string | undefined)[] | undefined {
  const source = englishSourceOf(site, facts);
  if (!source) {
    return undefined;
  }
  const english = idHeadings(source);
  const translated = idHeadings(facts);
  if (english.length !== translated.length || english.some((heading, index) => heading.depth !== translated[index]!.depth)) {
    return undefined;
  }
  return english.map((heading) => heading.explicitId);
}

/** `docs:heading-id`: every heading of level 2+ has an explicit, lowercase ASCII kebab-case id. */
const remarkLintDocsHeadingId = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:heading-id', url: ruleUrl('heading-id') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const relative = facts.content.relative;
    const isTranslation = relative !== facts.content.sourceRelative;
    const english = alignedEnglishIds(options.site, facts);
    idHeadings(facts).forEach((heading, index) => {
      if (heading.explicitId === undefined) {
        const expected = isTranslation ? english?.[index] : asciiSlug(heading.text) || undefined;
        const fix = expected
          ? `add ${code(writtenId(expected, relative))} at its end (${code('npm run lint:docs -- --fix')} does)`
          : isTranslation
            ? `add the id of the matching English heading (${facts.content.sourceRelative})`
            : `add an ASCII id such as ${code(writtenId('section-name', relative))}`;
        file.message(`Heading ${code(heading.text)} has no explicit id; ${fix}`, { place: heading.position });
        return;
      }
      if (!kebabCaseId.test(heading.explicitId)) {
        const expected = asciiSlug(heading.explicitId) || asciiSlug(heading.text);
        const suggestion = expected ? `; expected ${code(`#${expected}`)}` : '';
        file.message(
          `Heading id ${code(`#${heading.explicitId}`)} is not lowercase ASCII kebab-case${suggestion} (rename its links too)`,
          { place: heading.idPosition ?? heading.position },
        );
      }
    });
  },
);

export default remarkLintDocsHeadingId;
