import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { FileFacts } from '../facts';
import { code, ruleUrl } from '../messages';
import { parsedTranslationPair, type Options } from './options';

/** Capitalized JSX element names (components) of a file. */
const componentsOf = (facts: FileFacts): Set<string> =>
  new Set(facts.jsx.map((element) => element.name).filter((name) => /^[A-Z]/.test(name)));

/**
 * `docs:translation-imports`: a translation imports the same specifiers and renders the same
 * components as its English source (order aside), so it shows the same fragments and widgets.
 */
const remarkLintDocsTranslationImports = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:translation-imports', url: ruleUrl('translation-imports') },
  (_tree, file, options) => {
    const pair = parsedTranslationPair(options.site, file);
    if (!pair) {
      return;
    }
    const { facts, source } = pair;
    const { sourceRelative } = facts.content;
    const fallback = facts.imports[0]?.position ?? { line: 1, column: 1 };
    const englishSpecifiers = new Set(source.imports.map((declaration) => declaration.specifier));
    const translatedSpecifiers = new Set(facts.imports.map((declaration) => declaration.specifier));
    for (const specifier of englishSpecifiers) {
      if (!translatedSpecifiers.has(specifier)) {
        file.message(`Missing import ${code(specifier)} that ${sourceRelative} has; a translation imports what its source imports`, {
          place: fallback,
        });
      }
    }
    for (const declaration of facts.imports) {
      if (!englishSpecifiers.has(declaration.specifier)) {
        file.message(`Import ${code(declaration.specifier)} is not in ${sourceRelative}; a translation imports what its source imports`, {
          place: declaration.position,
        });
      }
    }
    const englishComponents = componentsOf(source);
    const translatedComponents = componentsOf(facts);
    for (const name of englishComponents) {
      if (!translatedComponents.has(name)) {
        file.message(`Missing ${code(`<${name}>`)}, which ${sourceRelative} renders; render the same components as the source`, {
          place: fallback,
        });
      }
    }
    const reported = new Set<string>();
    for (const element of facts.jsx) {
      if (/^[A-Z]/.test(element.name) && !englishComponents.has(element.name) && !reported.has(element.name)) {
        reported.add(element.name);
        file.message(`${code(`<${element.name}>`)} is not rendered by ${sourceRelative}; render the same components as the source`, {
          place: element.position,
        });
      }
    }
  },
);

export default remarkLintDocsTranslationImports;
