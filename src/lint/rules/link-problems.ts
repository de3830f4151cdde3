import type { VFile } from 'vfile';
import type { ContentFile } from '../../lib/site-files';
import { pageContexts, resolveLink, type LinkResolution, type PageContext } from '../resolve-link';
import type { Site } from '../site';
import { parsedFacts } from './options';

/** What is wrong with one link as resolved in one page context, or `undefined` when nothing is. */
export type LinkProblem = (resolution: LinkResolution, context: PageContext, from: ContentFile) => string | undefined;

/**
 * Resolves every link of a parsed file in every page context it is rendered in (a fragment in each
 * page that renders it), and reports each distinct problem `problemOf` finds once, at the link.
 * Files that are not content or did not parse as MDX are skipped.
 */
export function reportLinkProblems(file: VFile, site: Site, problemOf: LinkProblem): void {
  const facts = parsedFacts(file);
  if (!facts) {
    return;
  }
  const contexts = pageContexts(site, facts.content);
  for (const link of facts.links) {
    const reasons = new Set<string>();
    for (const context of contexts) {
      const reason = problemOf(resolveLink(site, facts.content, link, context), context, facts.content);
      if (reason !== undefined) {
        reasons.add(reason);
      }
    }
    for (const reason of reasons) {
      file.message(reason, { place: link.position });
    }
  }
}
