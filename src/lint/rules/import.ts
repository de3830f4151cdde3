import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { compose } from '../compose';
import { code, ruleUrl } from '../messages';
import { resolveImport } from '../resolve-import';
import { parsedFacts, type Options } from './options';

/** `docs:import`: every import resolves, as the site's bundler and fragments plugin resolve it; no import cycles. */
const remarkLintDocsImport = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:import', url: ruleUrl('import') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const { site } = options;
    for (const declaration of facts.imports) {
      const target = resolveImport(site, facts.content, declaration.specifier);
      if (target.kind === 'missing') {
        file.message(`Cannot resolve import ${code(declaration.specifier)}: expected ${target.expected}; ${target.hint}`, {
          place: declaration.position,
        });
      }
    }
    for (const cycle of compose(site, facts.content.relative).cycles) {
      if (cycle.relative === facts.content.relative) {
        file.message(
          `${code(`<${cycle.element.name}>`)} renders ${cycle.target}, which is already being rendered around it (an import cycle); remove one of the imports`,
          { place: cycle.element.position },
        );
      }
    }
  },
);

export default remarkLintDocsImport;
