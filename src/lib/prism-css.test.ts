import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Highlight, Prism, type PrismTheme } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { prismDarkTheme, prismLightTheme } from './prism-contrast';
import { darkModeSelector, lightModeSelector, prismThemesCss, tokenClassNames } from './prism-css';

const repositoryDir = path.join(__dirname, '..', '..');

// The languages docusaurus.config.ts adds to the theme's Prism (`additionalLanguages`), loaded the
// way the theme loads them: Prism's own component files, run against a global Prism.
(globalThis as { Prism?: typeof Prism }).Prism = Prism;
const require = createRequire(__filename);
require('prismjs/components/prism-bash');
require('prismjs/components/prism-json');

/** Every fenced code block of the guides and their fragments, as language and code. */
function guideCodeBlocks(): { file: string; language: string; code: string }[] {
  const files = ['docs', 'fragments', 'i18n'].flatMap((dir) =>
    fs
      .readdirSync(path.join(repositoryDir, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.mdx?$/u.test(file))
      .map((file) => path.join(dir, file)),
  );
  return files.flatMap((file) =>
    [...fs.readFileSync(path.join(repositoryDir, file), 'utf8').matchAll(/^([ \t]*)```(\w*)[^\n]*\n([\s\S]*?)^\1```/gmu)].map((match) => ({
      file,
      language: match[2] || 'text',
      code: match[3]!.replace(/\n$/u, ''),
    })),
  );
}

/** Each token's classes and the inline style the stock code block gives it with `theme`. */
function inlineTokenStyles(theme: PrismTheme, language: string, code: string): { classes: string[]; style: Record<string, string> }[] {
  const tokens: { classes: string[]; style: Record<string, string> }[] = [];
  renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      code,
      language,
      children: ({ tokens: lines, getTokenProps }): ReactNode => {
        for (const line of lines) {
          for (const token of line) {
            const props = getTokenProps({ token });
            const style = Object.fromEntries(
              Object.entries(props.style ?? {})
                // `display: inline-block` marks an empty line's token; it is structure, not color.
                .filter(([property]) => property !== 'display')
                .map(([property, value]) => [property.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`), String(value)]),
            );
            tokens.push({ classes: String(props.className).split(' '), style });
          }
        }
        return null;
      },
    }),
  );
  return tokens;
}

/** The declarations the stylesheet gives an element with `classes` in the mode of `scope` (one class per rule). */
function cascade(css: string, scope: string, classes: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, selector, body] of css.matchAll(/^(.+) \{\n([^}]*)\}/gmu)) {
    const className = selector!.startsWith(`${scope} .`) ? selector!.slice(scope.length + 2) : undefined;
    if (className && classes.includes(className)) {
      for (const [, property, value] of body!.matchAll(/ {2}([\w-]+): ([^;]+);/gu)) {
        result[property!] = value!;
      }
    }
  }
  return result;
}

describe('prismThemesCss', () => {
  it('sets each mode’s plain colors and uses exactly the colors of its theme', () => {
    const css = prismThemesCss(prismLightTheme, prismDarkTheme);
    for (const [selector, theme] of [
      [lightModeSelector, prismLightTheme],
      [darkModeSelector, prismDarkTheme],
    ] as const) {
      expect(css).toContain(`${selector} {\n  --prism-color: ${theme.plain.color};\n  --prism-background-color: ${theme.plain.backgroundColor};\n}`);
      const themeColors = new Set(theme.styles.flatMap((entry) => (entry.style.color ? [entry.style.color] : [])));
      const cssColors = new Set(
        [...css.matchAll(/^(.+) \.[\w-]+ \{\n {2}color: ([^;]+);/gmu)].filter((match) => match[1] === selector).map((match) => match[2]),
      );
      expect(cssColors).toEqual(themeColors);
    }
  });

  it('does not take language-specific theme entries it cannot express', () => {
    expect(() => prismThemesCss({ plain: {}, styles: [{ types: ['tag'], languages: ['markup'], style: { color: '#000' } }] }, prismDarkTheme)).toThrow(
      /Language-specific/u,
    );
  });

  it.each([
    ['light', prismLightTheme],
    ['dark', prismDarkTheme],
  ] as const)('gives every token of every guide the %s style the stock code block gives it inline', (mode, theme) => {
    const css = prismThemesCss(prismLightTheme, prismDarkTheme);
    const scope = mode === 'light' ? lightModeSelector : darkModeSelector;
    const blocks = guideCodeBlocks();
    expect(blocks.length).toBeGreaterThan(100);
    const mismatches = new Map<string, { inline: Record<string, string>; css: Record<string, string> }>();
    let tokenCount = 0;
    for (const { language, code } of blocks) {
      for (const { classes, style } of inlineTokenStyles(theme, language, code)) {
        tokenCount += 1;
        const types = classes.filter((name) => name !== 'token');
        const fromCss = cascade(css, scope, tokenClassNames(prismLightTheme, prismDarkTheme, types).split(' '));
        if (JSON.stringify(Object.entries(fromCss).sort()) !== JSON.stringify(Object.entries(style).sort())) {
          mismatches.set(classes.join(' '), { inline: style, css: fromCss });
        }
      }
    }
    expect(tokenCount).toBeGreaterThan(10_000);
    expect(Object.fromEntries(mismatches)).toEqual({});
  });
});
