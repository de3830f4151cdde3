import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { fileImports, resolveContentImport } from '../lib/page-composition';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

const toPosix = (value: string): string => value.split(path.sep).join('/');

/**
 * The content files (relative to the site) that a file imports, resolved as the site resolves them
 * (relative imports, `@site/…`, and `@fragments/…` by importer). Files that do not parse import
 * nothing here: the build and the checker report them.
 */
export function contentImports(options: {
  readonly siteDir: string;
  /** The importing file, relative to the site. */
  readonly relative: string;
  readonly text: string;
  /** Tells whether a content file (relative to the site) exists. */
  readonly exists: (relative: string) => boolean;
}): string[] {
  const { siteDir, relative, text, exists } = options;
  let tree: Root;
  try {
    tree = parser.parse(text);
  } catch {
    return [];
  }
  const importer = path.join(siteDir, relative);
  const fileExists = (filePath: string): boolean => exists(toPosix(path.relative(siteDir, filePath)));
  const found: string[] = [];
  for (const { specifier } of fileImports(tree)) {
    const target = resolveContentImport({ siteDir, importer, specifier, fileExists });
    const targetRelative = target === undefined ? undefined : toPosix(path.relative(siteDir, target));
    if (targetRelative !== undefined && exists(targetRelative) && !found.includes(targetRelative)) {
      found.push(targetRelative);
    }
  }
  return found;
}

/**
 * Every file a page renders, transitively through its imports: the page first, then each imported
 * file in import order (depth first), each once. Import cycles are cut.
 */
export function composedFiles(page: string, importsOf: (relative: string) => readonly string[]): string[] {
  const seen: string[] = [];
  const visit = (relative: string): void => {
    if (seen.includes(relative)) {
      return;
    }
    seen.push(relative);
    for (const child of importsOf(relative)) {
      visit(child);
    }
  };
  visit(page);
  return seen;
}
