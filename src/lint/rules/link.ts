import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { ruleUrl } from '../messages';
import { pageContexts, resolveLink } from '../resolve-link';
import { parsedFacts, type Options } from './options';

/**
 * `docs:link`: every link, image, `<Link to>` and `<a href>` leads to a doc (by file or by
 * route, in the build of the page's locale), a static file, or a configured generated route.
 * A fragment's links are checked in every page that renders it.
 */
const remarkLintDocsLink = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:link', url: ruleUrl('link') },
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
        if (resolution.kind === 'broken') {
          reasons.add(resolution.reason);
        }
      }
      for (const reason of reasons) {
        file.message(reason, { place: link.position });
      }
    }
  },
);

export default remarkLintDocsLink;
