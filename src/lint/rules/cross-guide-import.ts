import path from 'node:path';
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { describeContentFile } from '../../lib/site-files';
import { code, ruleUrl } from '../messages';
import { resolveImport } from '../resolve-import';
import { parsedFacts, type Options } from './options';

/** The guide folder (`docs/quick-starts/<guide>/…`) a site-relative English path lies in. */
const guideOf = (sourceRelative: string): string | undefined => /^docs\/quick-starts\/([^/]+)\//.exec(sourceRelative)?.[1];

/** `docs:cross-guide-import`: nothing imports from another guide's folder; shared partials live in `fragments/`. */
const remarkLintDocsCrossGuideImport = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:cross-guide-import', url: ruleUrl('cross-guide-import') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const { site } = options;
    const ownGuide = guideOf(facts.content.sourceRelative);
    for (const declaration of facts.imports) {
      const target = resolveImport(site, facts.content, declaration.specifier);
      const relative =
        target.kind === 'content' ? target.relative : target.kind === 'file' ? site.relativeOf(target.path) : undefined;
      if (relative === undefined) {
        continue;
      }
      const targetSource = describeContentFile(site.config.siteDir, relative)?.sourceRelative ?? relative;
      const guide = guideOf(targetSource);
      if (guide !== undefined && guide !== ownGuide) {
        const name = path.posix.basename(targetSource);
        file.message(
          `Imports ${code(declaration.specifier)} from the ${guide} guide's folder; a partial two guides share belongs in fragments/: move it to ${code(`fragments/${guide}/${name}`)} and import ${code(`@fragments/${guide}/${name}`)}`,
          { place: declaration.position },
        );
      }
    }
  },
);

export default remarkLintDocsCrossGuideImport;
