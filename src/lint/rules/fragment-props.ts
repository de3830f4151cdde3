import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { code, ruleUrl } from '../messages';
import { importedContent } from '../resolve-import';
import { parsedFacts, type Options } from './options';

/** Props MDX passes itself, never as attributes. */
const implicitProps = new Set(['children', 'components']);

/**
 * `docs:fragment-props`: an element rendering a fragment passes every prop the fragment reads as
 * `props.X` (unless the read tolerates absence, like `props.X ?? 'default'`, or the element spreads
 * `{...props}`). Reported at the call site, in the fragment as that importer resolves it.
 */
const remarkLintDocsFragmentProps = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:fragment-props', url: ruleUrl('fragment-props') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const { site } = options;
    const localToSpecifier = new Map(
      facts.imports.flatMap((declaration) => declaration.locals.map((local) => [local, declaration.specifier] as const)),
    );
    for (const element of facts.jsx) {
      const specifier = localToSpecifier.get(element.name.split('.')[0]!);
      const target = specifier === undefined ? undefined : importedContent(site, facts.content, specifier);
      const fragment = target === undefined ? undefined : site.facts(target);
      if (!fragment || element.hasSpread) {
        continue;
      }
      const reported = new Set<string>();
      for (const read of fragment.propsRead) {
        if (read.optional || implicitProps.has(read.name) || element.attributes.includes(read.name) || reported.has(read.name)) {
          continue;
        }
        reported.add(read.name);
        file.message(
          `${code(`<${element.name}>`)} does not pass ${code(read.name)}, which ${target} reads as ${code(`props.${read.name}`)} (line ${read.position.start.line}); add ${code(`${read.name}="…"`)}`,
          { place: element.position },
        );
      }
    }
  },
);

export default remarkLintDocsFragmentProps;
