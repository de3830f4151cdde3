/** The docs checker's library: run it, configure it, or plug it into unified yourself. */
export { checkSite } from './check-site';
export { projectOptions, resolveConfig, type LintConfig, type LintOptions, type RuleId, type Severity } from './config';
export type { FileFacts } from './facts';
export { planFixes, writeFixes, type FixPlan } from './fix';
export { exitCodeOf, lintFiles, lintSite, summarize, type LintResult, type LintSiteOptions, type Summary } from './lint-site';
export { default as remarkDocsLint } from './remark-docs-lint';
export { Site } from './site';
