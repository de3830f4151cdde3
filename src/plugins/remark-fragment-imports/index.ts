import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { programImports } from '../../lib/page-composition';
import { resolveFragmentImport, type ResolveFragmentOptions } from './resolve';

/** Options of {@link remarkFragmentImports}. */
export type Options = {
  /** Absolute path of the site's root folder. */
  readonly siteDir: string;
  /** Overrides the file-existence check (tests). */
  readonly fileExists?: ResolveFragmentOptions['fileExists'];
};

/** Converts a path to the forward-slash form bundlers expect in an import specifier. */
const toImportPath = (filePath: string): string => filePath.split(path.sep).join('/');

/**
 * Remark plugin: rewrites every `@fragments/...` import of an MDX file to the absolute path of the
 * fragment that file composes (localized where the importer's locale has it, English otherwise).
 * It rewrites the ESM tree (`node.data.estree`), which is what MDX compiles, and `node.value`, so
 * both stay in agreement.
 */
export default function remarkFragmentImports(options: Readonly<Options>) {
  const { siteDir, fileExists } = options;
  return (tree: Root, file: VFile): void => {
    const importer = file.path;
    if (!importer) {
      return;
    }
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm') {
        continue;
      }
      rewriteEsmNode(node, (specifier) => {
        const resolution = resolveFragmentImport({ siteDir, importer, specifier, fileExists });
        return resolution && toImportPath(resolution.filePath);
      });
    }
  };
}

/** Replaces import sources of one ESM node where `resolve` returns a new specifier. */
function rewriteEsmNode(node: MdxjsEsm, resolve: (specifier: string) => string | undefined): void {
  const program = node.data?.estree;
  if (!program) {
    return;
  }
  let value = node.value;
  for (const { specifier: original, declaration } of programImports(program)) {
    const replacement = resolve(original);
    if (replacement === undefined) {
      continue;
    }
    declaration.source.value = replacement;
    declaration.source.raw = JSON.stringify(replacement);
    value = value.replaceAll(original, replacement);
  }
  node.value = value;
}
