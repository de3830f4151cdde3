import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type { Preset } from 'unified';
import { projectOptions } from './config';
import remarkDocsLint from './remark-docs-lint';

/**
 * The remark configuration `.remarkrc.mjs` exports, so remark-cli and editors running the remark
 * language server show the checker's messages. `remark-mdx` and `remark-frontmatter` are only there
 * so that remark-cli can serialize MDX when asked to write output; the checker parses by itself.
 */
export function createRemarkConfig(siteDir: string): Preset {
  return {
    plugins: [remarkFrontmatter, remarkMdx, [remarkDocsLint, { ...projectOptions, siteDir }]],
  };
}
