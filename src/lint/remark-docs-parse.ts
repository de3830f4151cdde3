import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { collectFacts, contentOf } from './collect-facts';
import type { LintConfig } from './config';
import { reportParseException } from './rules/parse';

/** Parses `.mdx` the way Docusaurus 3 does (MDX 3 with YAML front matter). */
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).freeze();
/** Parses `.md` as CommonMark with front matter (Docusaurus' `format: 'detect'`). */
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).freeze();

/**
 * Parses one file, choosing MDX or Markdown by its extension. A syntax error never throws: it is
 * reported as `docs:parse` at its position (a fatal message, so the file's transforms are skipped),
 * and, for content of the site, the text is re-parsed as plain Markdown so that its front matter and
 * headings still count for the other files (`degraded` facts).
 */
export function parseContent(file: VFile, config: Pick<LintConfig, 'siteDir'>): Root {
  const isMdx = file.extname === '.mdx';
  try {
    return (isMdx ? mdxParser : markdownParser).parse(file);
  } catch (error) {
    reportParseException(file, error);
  }
  const content = contentOf(file, config.siteDir);
  if (!isMdx || !content) {
    return { type: 'root', children: [] };
  }
  const tree = markdownParser.parse(file);
  file.data.docsFacts = collectFacts(tree, file, { content, degraded: true });
  return tree;
}

/** Unified plugin: makes {@link parseContent} the processor's parser. */
export default function remarkDocsParse(this: Processor, config: Pick<LintConfig, 'siteDir'>): void {
  this.parser = (_document, file) => parseContent(file, config);
}
