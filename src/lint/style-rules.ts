import type { Pluggable, Plugin } from 'unified';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintMarkdownStyleGuide from 'remark-preset-lint-markdown-style-guide';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';

/**
 * The remark-lint rules that fit MDX docs, by name, with the option each gets, taken from the
 * installed presets (which depend on the rule packages) rather than rewritten. Each rule walks the
 * whole tree, so only rules that catch a real problem are on: a rendering difference between
 * Markdown engines (bullet indent, lazy blockquotes, `1)` lists, trailing-space breaks), a broken
 * page structure (heading levels, a second `#` title), code a reader copies (fences without a
 * language, `$ ` prompts), dead or clashing definitions, and a missing final newline.
 *
 * Left out: pure consistency rules (marker, rule, emphasis and title styles, indentation widths,
 * blank lines), which a formatter owns and which cost as much as the rest of the first pass; rules
 * that fight MDX or this content: file-name rules (`README.mdx`, `_partials`), line and heading length
 * (prose, CJK), `no-duplicate-headings` (ids, not text, must be unique), `no-heading-punctuation`,
 * `no-emphasis-as-heading`, `emphasis-marker` (CJK needs `*` where `_` cannot close inside a word);
 * and rules that misfire without GFM and directives, which the checker does not parse:
 * `no-undefined-references` (an admonition title `:::tip[Title]` reads as a reference),
 * `no-literal-urls` and the table rules.
 */
const chosen = {
  'final-newline': undefined,
  'list-item-bullet-indent': undefined,
  'no-blockquote-without-marker': undefined,
  'ordered-list-marker-style': '.',
  'hard-break-spaces': undefined,
  'heading-increment': undefined,
  'no-multiple-toplevel-headings': undefined,
  'fenced-code-flag': { allowEmpty: false },
  'no-shell-dollars': undefined,
  'no-duplicate-definitions': undefined,
  'no-unused-definitions': undefined,
} as const satisfies Record<string, unknown>;

/** The id of a chosen remark-lint rule, as its messages carry it. */
export type StyleRuleId = `remark-lint:${keyof typeof chosen}`;

/** Ids of the chosen remark-lint rules. */
export const styleRuleIds = Object.keys(chosen).map((name) => `remark-lint:${name}`) as StyleRuleId[];

/** One chosen rule: its id, the plugin from the installed package, and its option. */
export type StyleRule = {
  /** `remark-lint:<name>`. */
  readonly id: StyleRuleId;
  /** The lint rule plugin (built with unified-lint-rule by remark-lint). */
  readonly plugin: Plugin<[unknown]>;
  /** The option the rule gets (its severity is set separately). */
  readonly option: unknown;
};

const pluginOf = (entry: Pluggable): Plugin<[unknown]> | undefined => {
  if (typeof entry === 'function') {
    return entry;
  }
  if (Array.isArray(entry) && typeof entry[0] === 'function') {
    return entry[0];
  }
  return undefined;
};

/** Finds every plugin of the installed presets by its function name (`remark-lint:final-newline`). */
function pluginsByName(): Map<string, Plugin<[unknown]>> {
  const byName = new Map<string, Plugin<[unknown]>>();
  const presets = [remarkPresetLintRecommended, remarkPresetLintConsistent, remarkPresetLintMarkdownStyleGuide];
  for (const preset of presets) {
    for (const entry of preset.plugins ?? []) {
      const plugin = pluginOf(entry);
      if (plugin) {
        byName.set(plugin.name, plugin);
      }
    }
  }
  return byName;
}

/** The core `remark-lint` plugin, which lets `{/* lint disable … *\/}` comments silence style rules. */
export function remarkLintCore(): Plugin<[unknown]> {
  const core = pluginsByName().get('remarkLint');
  if (!core) {
    throw new Error('remark-lint is missing from remark-preset-lint-recommended');
  }
  return core;
}

/** The chosen remark-lint rules, each with its plugin and option. */
export function styleRules(): StyleRule[] {
  const byName = pluginsByName();
  return Object.entries(chosen).map(([name, option]) => {
    const id = `remark-lint:${name}` as StyleRuleId;
    const plugin = byName.get(id);
    if (!plugin) {
      throw new Error(`The installed remark-lint presets no longer ship \`${id}\``);
    }
    return { id, plugin, option };
  });
}
