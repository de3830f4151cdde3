import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { code, didYouMean, ruleUrl } from '../messages';
import { idsOf, pageContexts, resolveLink } from '../resolve-link';
import { parsedFacts, type Options } from './options';

const hashed = (id: string): string => code(`#${id}`);

/**
 * `docs:anchor`: every `#hash` names an id of its target page as rendered, including the headings
 * of every fragment the page composes (per locale), with the closest id suggested.
 */
const remarkLintDocsAnchor = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:anchor', url: ruleUrl('anchor') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const { site } = options;
    const contexts = pageContexts(site, facts.content);
    for (const link of facts.links) {
      const reasons = new Set<string>();
      for (const context of contexts) {
        const resolution = resolveLink(site, facts.content, link, context);
        let target: string | undefined;
        let label: string;
        let hash: string | undefined;
        if (resolution.kind === 'page') {
          target = resolution.relative;
          label = resolution.route;
          hash = resolution.hash;
        } else if (resolution.kind === 'same-page') {
          target = context.page ?? facts.content.relative;
          label = context.route ?? target;
          hash = resolution.hash;
        } else {
          continue;
        }
        if (!hash) {
          continue;
        }
        const ids = idsOf(site, target);
        if (!ids.includes(hash)) {
          const hint = didYouMean(hash, ids, hashed) || '; link to one of its heading ids, or give the heading you mean this id';
          reasons.add(`Cannot find heading ${hashed(hash)} in ${label}${hint}`);
        }
      }
      for (const reason of reasons) {
        file.message(reason, { place: link.position });
      }
    }
  },
);

export default remarkLintDocsAnchor;
