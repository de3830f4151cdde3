import process from 'node:process';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkValidateLinks from 'remark-validate-links';
import { unified } from 'unified';
import { engine } from 'unified-engine';
import { listContentFiles } from '../../lib/site-files';
import type { Sample } from './run-docs-lint';

const siteDir = process.argv[2];
if (!siteDir) {
  throw new Error('Usage: run-validate-links.ts <siteDir>');
}
const paths = listContentFiles(siteDir).map((content) => content.relative);
/**
 * remark-validate-links knows files, not Docusaurus routes: it takes `/quick-starts/x#y` for a
 * missing file and spends minutes proposing near matches for each of thousands. Unless `--as-is`,
 * route links (targets without a Markdown extension) are skipped, as a Docusaurus site must configure
 * it; it then checks same-page anchors and file links.
 */
const asIs = process.argv.includes('--as-is');
const options = {
  repository: 'https://github.com/logto-io/quick-starts',
  root: siteDir,
  skipPathPatterns: asIs ? [] : [/^(?!.*\.mdx?(#|$))/],
};
const start = performance.now();
engine(
  {
    processor: unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx),
    files: paths,
    cwd: siteDir,
    extensions: ['md', 'mdx'],
    // A preset, so the engine hands remark-validate-links its file set (as a `.remarkrc` would).
    plugins: [{ plugins: [[remarkValidateLinks, options]] }],
    detectConfig: false,
    detectIgnore: false,
    silent: true,
    quiet: true,
    // The benchmark counts messages; it does not print them.
    reporter: () => '',
  },
  (error, _code, context) => {
    if (error) {
      throw error;
    }
    const files = context?.files ?? [];
    const sample: Sample = {
      files: files.length,
      ms: performance.now() - start,
      messages: files.reduce((total, file) => total + file.messages.length, 0),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${JSON.stringify(sample)}\n`);
  },
);
