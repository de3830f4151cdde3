import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { code, ruleUrl } from '../messages';
import { parsedFacts, type Options } from './options';

/** Where the components a writer most often forgets to import come from. */
const knownSources: Readonly<Record<string, string>> = {
  Tabs: '@theme/Tabs',
  TabItem: '@theme/TabItem',
  CodeBlock: '@theme/CodeBlock',
  Admonition: '@theme/Admonition',
  Link: '@docusaurus/Link',
};

/** `docs:undefined-component`: every capitalized JSX element is imported, declared, or global. */
const remarkLintDocsUndefinedComponent = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:undefined-component', url: ruleUrl('undefined-component') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    if (!facts) {
      return;
    }
    const defined = new Set([
      ...facts.imports.flatMap((declaration) => declaration.locals),
      ...facts.declarations,
      ...options.site.config.globalComponents,
    ]);
    const reported = new Set<string>();
    for (const element of facts.jsx) {
      const root = element.name.split('.')[0]!;
      // Lowercase names are HTML elements (and MDX's own `a`, `img`, … overrides).
      if (!/^[A-Z]/.test(root) || defined.has(root) || reported.has(root)) {
        continue;
      }
      reported.add(root);
      const source = knownSources[root];
      const fix = source ? `add ${code(`import ${root} from '${source}';`)}` : 'import it, or fix the name';
      file.message(
        `${code(`<${element.name}>`)} is used but ${code(root)} is never imported (MDX fails when the page renders); ${fix}`,
        { place: element.position },
      );
    }
  },
);

export default remarkLintDocsUndefinedComponent;
