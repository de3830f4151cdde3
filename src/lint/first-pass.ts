import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { LintConfig } from './config';
import remarkDocsLint from './remark-docs-lint';

/** Creates the first-pass processor: parse, facts and style rules (no file set, so no completer). */
export function createProcessor(config: LintConfig) {
  return unified().use(remarkDocsLint, config).freeze();
}

/** The first-pass processor. */
export type FirstPassProcessor = ReturnType<typeof createProcessor>;

const isFatal = (file: VFile): boolean => file.messages.some((message) => message.fatal === true);

/** Parses one file (once) and runs the per-file pass on it, unless it failed to parse. */
export function processFile(processor: FirstPassProcessor, file: VFile): void {
  const tree = processor.parse(file);
  if (!isFatal(file)) {
    processor.runSync(tree, file);
  }
}
