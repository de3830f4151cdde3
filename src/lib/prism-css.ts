import type { PrismTheme } from 'prism-react-renderer';

/**
 * The code blocks' colors as a stylesheet instead of inline styles, so that the server-rendered
 * markup of a code block is the same in both color modes and the browser can keep it as it is (see
 * src/theme/CodeBlock/Content): a color-mode switch is then a change of `data-theme` that CSS
 * follows, with no re-render. The stylesheet is generated on every build from the themes of
 * src/lib/prism-contrast by src/plugins/docusaurus-plugin-prism-css, which loads it on every page.
 *
 * Tokens keep Prism's classes (`token tag attr-name`), but the colors do not hang on them: the
 * stock code block merges the styles of a token's types in the order of the types (the innermost
 * last), and a stylesheet cannot see the order of classes. So each token also gets, per mode, one
 * class per style property naming the value that merge gives (`l-c3` = light color number 3).
 */

/**
 * Selects the page in light mode. Not `[data-theme='light']`: the attribute is set by a script, and a
 * page whose script did not run is shown in light mode by the theme, so light is "not dark".
 */
export const lightModeSelector = ":root:not([data-theme='dark'])";
/** Selects the page in dark mode. */
export const darkModeSelector = "[data-theme='dark']";

type Style = Readonly<Record<string, string>>;

/** A theme as lookups: each token type's merged style, and each property value's class name. */
interface ThemeClasses {
  readonly byType: ReadonlyMap<string, Style>;
  /** CSS property → value → class name, in the theme's order. */
  readonly classes: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const kebab = (property: string) => property.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);
/** `color` → `c`, `font-style` → `fs`: short, since every token carries these classes. */
const abbreviation = (property: string) => property.split('-').map((word) => word[0]).join('');

const cache = new WeakMap<PrismTheme, Map<string, ThemeClasses>>();

/**
 * A theme's styles per token type the way prism-react-renderer's `themeToDict` merges them (each
 * entry naming the type, in order), with a class name for each distinct value of each property.
 */
function themeClasses(theme: PrismTheme, prefix: string): ThemeClasses {
  const cached = cache.get(theme)?.get(prefix);
  if (cached) {
    return cached;
  }
  const byType = new Map<string, Style>();
  const classes = new Map<string, Map<string, string>>();
  for (const entry of theme.styles) {
    if (entry.languages) {
      // Language-specific entries would need `.language-x` rules; neither theme has any.
      throw new Error(`Language-specific Prism theme entries are not supported: ${entry.types.join()}`);
    }
    const style = Object.fromEntries(
      Object.entries(entry.style)
        .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
        .map(([property, value]) => [kebab(property), String(value)]),
    );
    for (const [property, value] of Object.entries(style)) {
      const values = classes.get(property) ?? classes.set(property, new Map()).get(property)!;
      if (!values.has(value)) {
        values.set(value, `${prefix}-${abbreviation(property)}${values.size}`);
      }
    }
    for (const type of entry.types) {
      byType.set(type, { ...byType.get(type), ...style });
    }
  }
  const names = [...classes.values()].flatMap((values) => [...values.values()]);
  if (new Set(names).size !== names.length) {
    throw new Error(`Two style properties of a Prism theme abbreviate alike: ${names.join(' ')}`);
  }
  const result = { byType, classes };
  (cache.get(theme) ?? cache.set(theme, new Map()).get(theme)!).set(prefix, result);
  return result;
}

/** The style a theme gives a token with these types: their styles merged in order, the last winning. */
export function tokenStyle(theme: PrismTheme, types: readonly string[]): Style {
  const { byType } = themeClasses(theme, '');
  return Object.assign({}, ...types.map((type) => byType.get(type)));
}

/** Class-name prefixes of the two modes. */
const lightPrefix = 'l';
const darkPrefix = 'd';

function modeClassNames(theme: PrismTheme, prefix: string, types: readonly string[]): string[] {
  const { byType, classes } = themeClasses(theme, prefix);
  const style: Style = Object.assign({}, ...types.map((type) => byType.get(type)));
  return Object.entries(style).map(([property, value]) => classes.get(property)!.get(value)!);
}

/**
 * The classes that give a token with these Prism types (`['tag', 'attr-name']`) the style each mode's
 * theme gives it, e.g. `l-c4 d-c2 d-fs0`; empty for plain text.
 */
export function tokenClassNames(light: PrismTheme, dark: PrismTheme, types: readonly string[]): string {
  return [...modeClassNames(light, lightPrefix, types), ...modeClassNames(dark, darkPrefix, types)].join(' ');
}

/** The custom properties and rules of one color mode: plain text and background, then token styles. */
function modeCss(scope: string, theme: PrismTheme, prefix: string): string {
  const plain = [
    `${scope} {`,
    ...(theme.plain.color ? [`  --prism-color: ${theme.plain.color};`] : []),
    ...(theme.plain.backgroundColor ? [`  --prism-background-color: ${theme.plain.backgroundColor};`] : []),
    '}',
  ];
  const rules = [...themeClasses(theme, prefix).classes].flatMap(([property, values]) =>
    [...values].map(([value, name]) => `${scope} .${name} {\n  ${property}: ${value};\n}`),
  );
  return [...plain, ...rules].join('\n');
}

/**
 * The stylesheet of the code blocks' colors in both color modes: `--prism-color` and
 * `--prism-background-color` (which the stock code block sets inline), the plain text color of the
 * code, and the classes of `tokenClassNames`, each under the selector of its mode.
 */
export function prismThemesCss(light: PrismTheme, dark: PrismTheme): string {
  return [
    '/* Generated by src/plugins/docusaurus-plugin-prism-css from src/lib/prism-contrast.ts. */',
    '.prism-code {\n  color: var(--prism-color);\n  background-color: var(--prism-background-color);\n}',
    modeCss(lightModeSelector, light, lightPrefix),
    modeCss(darkModeSelector, dark, darkPrefix),
    '',
  ].join('\n');
}
