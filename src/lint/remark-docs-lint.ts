import path from 'node:path';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { FileSet } from 'unified-engine';
import { VFile } from 'vfile';
import { listContentFiles } from '../lib/site-files';
import { checkSite } from './check-site';
import { collectFacts, contentOf } from './collect-facts';
import { lintRuleLevel, resolveConfig, type LintConfig, type LintOptions } from './config';
import remarkDocsParse from './remark-docs-parse';
import { remarkLintCore, styleRules } from './style-rules';

/** The id under which the cross-file completer registers, so unified-engine runs it once per run. */
export const completerId = 'docs-lint';

/** Unified plugin: records a content file's facts (once per file; a degraded parse already did). */
export function remarkDocsFacts(config: Pick<LintConfig, 'siteDir'>) {
  return (tree: Root, file: VFile): void => {
    if (file.data.docsFacts) {
      return;
    }
    const content = contentOf(file, config.siteDir);
    if (content) {
      file.data.docsFacts = collectFacts(tree, file, { content, degraded: false });
    }
  };
}

/** File sets that already hold every content file of the site. */
const completedSets = new WeakSet<FileSet>();

/**
 * Adds every content file of the site that the engine was not given (for example with
 * `remark docs/`), so the cross-file pass sees the whole site. Added files are processed but not
 * reported. Paths are made relative to the engine's `cwd`, as the engine does, so none is added twice.
 */
function addSiteFiles(fileSet: FileSet, config: LintConfig): void {
  if (completedSets.has(fileSet)) {
    return;
  }
  completedSets.add(fileSet);
  const given = fileSet.valueOf();
  const cwd = given[0]?.cwd ?? process.cwd();
  const present = new Set(given.flatMap((file) => (file.path ? [path.resolve(file.cwd, file.path)] : [])));
  for (const content of listContentFiles(config.siteDir)) {
    if (!present.has(content.path)) {
      fileSet.add(new VFile({ cwd, path: path.relative(cwd, content.path) }));
    }
  }
}

/**
 * Unified plugin (and `.remarkrc` entry): the docs checker. It parses `.mdx` as MDX and `.md` as
 * Markdown (a syntax error becomes `docs:parse`), records each file's facts, runs the chosen
 * remark-lint style rules, and — under unified-engine (remark-cli, the language server) —
 * registers the cross-file completer. Without a file set, call `checkSite` on the files yourself.
 */
export default function remarkDocsLint(this: Processor, options?: LintOptions, fileSet?: FileSet): void {
  const config = resolveConfig(options);
  this.use(remarkDocsParse, config);
  this.use(remarkDocsFacts, config);
  this.use(remarkLintCore(), undefined);
  for (const rule of styleRules()) {
    this.use(rule.plugin, [lintRuleLevel(config.rules[rule.id]), rule.option]);
  }
  if (fileSet) {
    const completer = (set: FileSet): void => {
      checkSite(set.valueOf(), config);
    };
    completer.pluginId = completerId;
    fileSet.use(completer);
    addSiteFiles(fileSet, config);
  }
}
