import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import { lintRule } from 'unified-lint-rule';
import type { FrontMatterFact } from '../facts';
import { code, didYouMean, ruleUrl } from '../messages';
import type { Site } from '../site';
import { parsedFacts, type Options } from './options';

/** A guide's page: `docs/quick-starts/<guide>/README.mdx` (or its translation). */
const guidePage = /^docs\/quick-starts\/([^/]+)\/(?:README|index)\.mdx?$/;

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** File names in the logos folder (read once per run). */
function logoFiles(site: Site): string[] {
  return site.memo('logo-files', '', () => {
    try {
      return fs.readdirSync(site.absoluteOf(site.config.logosDir));
    } catch {
      return [];
    }
  });
}

/** Where a front-matter value is, falling back to the front matter, then the file start. */
const placeOf = (frontMatter: FrontMatterFact | undefined, key: string): Position | Point =>
  frontMatter?.valuePositions.get(key) ?? frontMatter?.position ?? { line: 1, column: 1 };

/**
 * `docs:guide-front-matter`: a guide states `slug`, `sidebar_label`, and in `sidebar_custom_props`
 * a `description` and a `logoFilename` (plus an optional `darkLogoFilename`) found in the logos folder.
 */
const remarkLintDocsGuideFrontMatter = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:guide-front-matter', url: ruleUrl('guide-front-matter') },
  (_tree, file, options) => {
    const facts = parsedFacts(file);
    const guide = facts && guidePage.exec(facts.content.sourceRelative)?.[1];
    if (!facts || guide === undefined) {
      return;
    }
    const { site } = options;
    const frontMatter = facts.frontMatter;
    const data = frontMatter?.data ?? {};
    const custom = data.sidebar_custom_props;
    const props = typeof custom === 'object' && custom !== null ? (custom as Record<string, unknown>) : {};
    /** Reports a field that is absent, empty or not text. */
    const missing = (key: string, example: string): void => {
      const value = key.startsWith('sidebar_custom_props.') ? props[key.slice('sidebar_custom_props.'.length)] : data[key];
      const found = value === undefined ? 'has no' : 'has an empty or non-text';
      file.message(`Guide front matter ${found} ${code(key)}; add ${code(example)}`, { place: placeOf(frontMatter, key) });
    };
    if (!nonEmptyString(data.slug)) {
      missing('slug', `slug: /quick-starts/${guide}`);
    }
    if (!nonEmptyString(data.sidebar_label)) {
      missing('sidebar_label', 'sidebar_label: <framework name>');
    }
    if (!nonEmptyString(props.description)) {
      missing('sidebar_custom_props.description', 'description: <one sentence>');
    }
    const logos = logoFiles(site);
    const checkLogo = (key: 'logoFilename' | 'darkLogoFilename', required: boolean): void => {
      const value = props[key];
      if (value === undefined && !required) {
        return;
      }
      if (!nonEmptyString(value)) {
        missing(`sidebar_custom_props.${key}`, `${key}: ${guide}.svg`);
        return;
      }
      if (!site.isFile(path.join(site.absoluteOf(site.config.logosDir), value))) {
        file.message(
          `Logo ${code(value)} is not in ${site.config.logosDir}/; add the file or correct ${code(key)}${didYouMean(value, logos)}`,
          { place: placeOf(frontMatter, `sidebar_custom_props.${key}`) },
        );
      }
    };
    checkLogo('logoFilename', true);
    checkLogo('darkLogoFilename', false);
  },
);

export default remarkLintDocsGuideFrontMatter;
