import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { ruleUrl } from '../messages';
import { reportLinkProblems } from './link-problems';
import type { Options } from './options';

/**
 * `docs:link`: every link, image, `<Link to>` and `<a href>` leads to a doc (by file or by
 * route, in the build of the page's locale), a static file, or a configured generated route.
 * A fragment's links are checked in every page that renders it.
 */
const remarkLintDocsLink = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:link', url: ruleUrl('link') },
  (_tree, file, options) => {
    reportLinkProblems(file, options.site, (resolution) => (resolution.kind === 'broken' ? resolution.reason : undefined));
  },
);

export default remarkLintDocsLink;
