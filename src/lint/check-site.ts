import type { Root } from 'mdast';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { lintRuleLevel, type LintConfig } from './config';
import { siteRules } from './rules';
import { Site } from './site';

/** The tree second-pass rules receive: they read facts, not trees, which are gone by then. */
const noTree = (): Root => ({ type: 'root', children: [] });

/** Turns messages of rules configured as `info` into info messages (unified-lint-rule only knows warnings and errors). */
export function applyInfoSeverity(files: readonly VFile[], config: LintConfig): void {
  const infoRules = new Set(
    Object.entries(config.rules)
      .filter(([, severity]) => severity === 'info')
      .map(([id]) => id),
  );
  for (const file of files) {
    for (const message of file.messages) {
      if (infoRules.has(`${message.source}:${message.ruleId}`)) {
        message.fatal = undefined;
      }
    }
  }
}

/**
 * The second pass: builds the site from the facts every file recorded when it was parsed, then runs
 * every docs rule on every file. Reads no content file.
 */
export function checkSite(files: readonly VFile[], config: LintConfig): Site {
  const site = new Site(files, config);
  const processor = unified();
  for (const rule of siteRules) {
    processor.use(rule.plugin, [lintRuleLevel(config.rules[`docs:${rule.name}`]), { site }]);
  }
  processor.freeze();
  for (const file of files) {
    if (file.data.docsFacts) {
      processor.runSync(noTree(), file);
    }
  }
  applyInfoSeverity(files, config);
  return site;
}
