import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { compose, type ComposedId } from '../compose';
import { code, ruleUrl, where } from '../messages';
import { parsedFacts, type Options } from './options';

/** Where an id is first used, as a message names it. */
function describe(id: ComposedId): string {
  if (!id.via) {
    return `at line ${id.position.start.line}`;
  }
  return `by ${where(id.relative, id.position)} (rendered by ${code(`<${id.via.name}>`)} at line ${id.via.position.start.line})`;
}

/**
 * `docs:duplicate-heading-id`: ids are unique on the rendered page, which includes every fragment
 * it composes. A clash inside one fragment is reported in that fragment; a clash between a page
 * and what it renders is reported at the page's heading or element.
 */
const remarkLintDocsDuplicateHeadingId = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:duplicate-heading-id', url: ruleUrl('duplicate-heading-id') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const relative = facts.content.relative;
    const label = options.site.routeOf(relative) ?? relative;
    const seen = new Map<string, ComposedId>();
    for (const id of compose(options.site, relative).ids) {
      const first = seen.get(id.id);
      if (!first) {
        seen.set(id.id, id);
        continue;
      }
      if (id.via && first.via === id.via) {
        // Both come from one rendered file: that file reports it.
        continue;
      }
      const name = code(`#${id.id}`);
      if (id.via) {
        file.message(
          `${code(`<${id.via.name}>`)} renders heading id ${name} (${where(id.relative, id.position)}), which ${label} already uses ${describe(first)}; ids must be unique on the page, rename one`,
          { place: id.via.position },
        );
      } else {
        file.message(`Heading id ${name} is already used on ${label} ${describe(first)}; ids must be unique on the page, rename one`, {
          place: id.position,
        });
      }
    }
  },
);

export default remarkLintDocsDuplicateHeadingId;
