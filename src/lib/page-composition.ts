import path from 'node:path';
import type { ImportDeclaration, Program } from 'estree';
import type { Root } from 'mdast';
import { resolveFragmentImport, type ResolveFragmentOptions } from '../plugins/remark-fragment-imports/resolve';

/**
 * What every reader of a page's MDX import graph shares (the docs checker, the code check, the
 * translation tracker, the Markdown export and the fragments plugin): reading a file's ESM `import`
 * declarations, and resolving where an import of a content file leads. How each walks the graph
 * stays with it, because each walks it differently: the checker expands rendered elements only,
 * memoized per file, and reports cycles; the code check follows rendered imports and then unrendered
 * ones, each file once per app, between the fences around them; the translation tracker follows
 * every import in import order; the Markdown export inlines every rendering with its props.
 */

/** The import prefix under which the site's root folder is addressed. */
export const sitePrefix = '@site/';

/** One ESM `import` declaration of an MDX file (with a string source). */
export type EsmImport = {
  /** The source as written: `@fragments/next/_installation.mdx`, `./_partial.mdx`, `@theme/Tabs`. */
  readonly specifier: string;
  /** Every local name it binds: default, named and namespace. */
  readonly locals: readonly string[];
  /** The local name of the default import (what an imported MDX file is rendered as), if any. */
  readonly defaultLocal: string | undefined;
  /** The declaration itself, for callers that need its position or rewrite its source. */
  readonly declaration: ImportDeclaration;
};

/** The `import` declarations of one ESM program (one `mdxjsEsm` node), in source order. */
export function programImports(program: Program): EsmImport[] {
  const imports: EsmImport[] = [];
  for (const declaration of program.body) {
    if (declaration.type !== 'ImportDeclaration' || typeof declaration.source.value !== 'string') {
      continue;
    }
    imports.push({
      specifier: declaration.source.value,
      locals: declaration.specifiers.map((specifier) => specifier.local.name),
      defaultLocal: declaration.specifiers.find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local.name,
      declaration,
    });
  }
  return imports;
}

/** The `import` declarations of a parsed MDX file (ESM lives only at its top level), in source order. */
export function fileImports(tree: Root): EsmImport[] {
  return tree.children.flatMap((node) =>
    node.type === 'mdxjsEsm' && node.data?.estree ? programImports(node.data.estree) : [],
  );
}

/**
 * The absolute path an import of a content file names, resolved as the site resolves it: relative
 * (`./`, `../`) to the importer, `@site/…` from the site's root, and `@fragments/…` by importer (a
 * file under `i18n/<locale>/` gets its locale's fragment where `fileExists` says there is one, the
 * English fragment otherwise). `undefined` for every other specifier (packages, `@theme/…`).
 * Whether the path exists (with or without an added extension) is the caller's to check.
 */
export function resolveContentImport(options: ResolveFragmentOptions): string | undefined {
  const { siteDir, importer, specifier } = options;
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return path.resolve(path.dirname(importer), specifier);
  }
  if (specifier.startsWith(sitePrefix)) {
    return path.join(siteDir, specifier.slice(sitePrefix.length));
  }
  return resolveFragmentImport(options)?.filePath;
}
