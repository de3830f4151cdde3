import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { ContentFile } from '../../lib/site-files';
import { code, didYouMean, ruleUrl } from '../messages';
import { idsOf, type LinkResolution, type PageContext } from '../resolve-link';
import type { Site } from '../site';
import { reportLinkProblems } from './link-problems';
import type { Options } from './options';

const hashed = (id: string): string => code(`#${id}`);

/** Why a link's `#hash` names no id of its target page as rendered in `context`, if it does not. */
function missingAnchor(site: Site, resolution: LinkResolution, context: PageContext, from: ContentFile): string | undefined {
  let target: string;
  let label: string;
  let hash: string | undefined;
  if (resolution.kind === 'page') {
    target = resolution.relative;
    label = resolution.route;
    hash = resolution.hash;
  } else if (resolution.kind === 'same-page') {
    target = context.page ?? from.relative;
    label = context.route ?? target;
    hash = resolution.hash;
  } else {
    return undefined;
  }
  if (!hash) {
    return undefined;
  }
  const ids = idsOf(site, target);
  if (ids.includes(hash)) {
    return undefined;
  }
  const hint = didYouMean(hash, ids, hashed) || '; link to one of its heading ids, or give the heading you mean this id';
  return `Cannot find heading ${hashed(hash)} in ${label}${hint}`;
}

/**
 * `docs:anchor`: every `#hash` names an id of its target page as rendered, including the headings
 * of every fragment the page composes (per locale), with the closest id suggested.
 */
const remarkLintDocsAnchor = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:anchor', url: ruleUrl('anchor') },
  (_tree, file, { site }) => {
    reportLinkProblems(file, site, (resolution, context, from) => missingAnchor(site, resolution, context, from));
  },
);

export default remarkLintDocsAnchor;
