import type { Root } from 'mdast';
import type { Plugin } from 'unified-lint-rule';
import type { DocsRuleName } from '../config';
import type { Options } from './options';
import anchor from './anchor';
import codeTitle from './code-title';
import crossGuideImport from './cross-guide-import';
import duplicateHeadingId from './duplicate-heading-id';
import fragmentProps from './fragment-props';
import guideFrontMatter from './guide-front-matter';
import headingId from './heading-id';
import importRule from './import';
import link from './link';
import missingTranslation from './missing-translation';
import orphanTranslation from './orphan-translation';
import translationCode from './translation-code';
import translationHeadings from './translation-headings';
import translationImports from './translation-imports';
import translationOutdated from './translation-outdated';
import translationSlug from './translation-slug';
import undefinedComponent from './undefined-component';
import unusedFragment from './unused-fragment';
import unusedImport from './unused-import';

/** A docs rule that runs in the second pass, with the name its messages carry (`docs:<name>`). */
export type SiteRule = {
  readonly name: Exclude<DocsRuleName, 'parse'>;
  /** The rule plugin (unified-lint-rule); the checker passes it `[level, {site}]`. */
  readonly plugin: Plugin<Root, Readonly<Options>>;
};

/** Every second-pass rule (`docs:parse` is reported by the parser). */
export const siteRules: readonly SiteRule[] = [
  { name: 'import', plugin: importRule },
  { name: 'unused-import', plugin: unusedImport },
  { name: 'undefined-component', plugin: undefinedComponent },
  { name: 'link', plugin: link },
  { name: 'anchor', plugin: anchor },
  { name: 'heading-id', plugin: headingId },
  { name: 'duplicate-heading-id', plugin: duplicateHeadingId },
  { name: 'orphan-translation', plugin: orphanTranslation },
  { name: 'missing-translation', plugin: missingTranslation },
  { name: 'translation-slug', plugin: translationSlug },
  { name: 'translation-headings', plugin: translationHeadings },
  { name: 'translation-imports', plugin: translationImports },
  { name: 'translation-code', plugin: translationCode },
  { name: 'translation-outdated', plugin: translationOutdated },
  { name: 'unused-fragment', plugin: unusedFragment },
  { name: 'fragment-props', plugin: fragmentProps },
  { name: 'cross-guide-import', plugin: crossGuideImport },
  { name: 'guide-front-matter', plugin: guideFrontMatter },
  { name: 'code-title', plugin: codeTitle },
];
