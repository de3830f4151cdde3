import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { defaultLocale } from '../../lib/locales';
import { ruleUrl } from '../messages';
import { importedContent } from '../resolve-import';
import type { Site } from '../site';
import type { Options } from './options';

/** English sources of every file some rendered page imports, directly or through other imports. */
function reachableSources(site: Site): ReadonlySet<string> {
  return site.memo('reachable-sources', '', () => {
    const reached = new Set<string>();
    const queue = [...site.renderedPages()];
    const visited = new Set(queue);
    while (queue.length > 0) {
      const relative = queue.pop()!;
      const entry = site.entries.get(relative);
      if (!entry) {
        continue;
      }
      reached.add(entry.content.sourceRelative);
      for (const declaration of entry.facts?.imports ?? []) {
        const target = importedContent(site, entry.content, declaration.specifier);
        if (target !== undefined && !visited.has(target)) {
          visited.add(target);
          queue.push(target);
        }
      }
    }
    return reached;
  });
}

/** `docs:unused-fragment`: every English partial and shared fragment is imported by some page (transitively). */
const remarkLintDocsUnusedFragment = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:unused-fragment', url: ruleUrl('unused-fragment') },
  (_tree, file, options) => {
    const content = file.data.docsFacts?.content;
    if (!content || content.locale !== defaultLocale || (content.area === 'doc' && !content.isPartial)) {
      return;
    }
    if (!reachableSources(options.site).has(content.relative)) {
      const kind = content.area === 'fragment' ? 'fragment' : 'partial';
      file.message(`No page imports this ${kind}, directly or through another fragment; import it from a page or delete it`, {
        place: { line: 1, column: 1 },
      });
    }
  },
);

export default remarkLintDocsUnusedFragment;
