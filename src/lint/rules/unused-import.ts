import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { code, ruleUrl } from '../messages';
import { parsedFacts, type Options } from './options';

/** `docs:unused-import`: every name an import binds is rendered or referenced. */
const remarkLintDocsUnusedImport = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:unused-import', url: ruleUrl('unused-import') },
  (_tree, file) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    for (const declaration of facts.imports) {
      for (const local of declaration.locals) {
        if (!facts.references.has(local)) {
          const use = /^[A-Z]/.test(local) ? `render it (${code(`<${local} />`)})` : 'use it';
          file.message(`Import ${code(local)} from ${code(declaration.specifier)} is never used; ${use} or remove the import`, {
            place: declaration.position,
          });
        }
      }
    }
  },
);

export default remarkLintDocsUnusedImport;
