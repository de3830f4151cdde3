import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../lib/locales';
import { htmlPages, loadHtml, localeDir, routeOf } from './build-output';

/** Part of Prism's TypeScript grammar (a keyword list), found in any bundle that holds Prism's languages. */
const prismGrammarMarker = 'abstract|declare|is|keyof|readonly|require';

/** Languages in which any code has a token Prism highlights (punctuation at least); a shell command may not. */
const highlightedLanguages = new Set(['ts', 'tsx', 'js', 'jsx', 'typescript', 'javascript', 'json']);

describe.each(locales)('code blocks, locale %s', (locale) => {
  it('are highlighted in the HTML the server renders (Prism runs at build time)', () => {
    let checked = 0;
    for (const page of htmlPages(locale)) {
      const $ = loadHtml(page);
      $('.theme-code-block pre.prism-code').each((_, pre) => {
        const language = /\blanguage-(\S+)/u.exec($(pre).attr('class') ?? '')?.[1] ?? '';
        const lines = $(pre).find('code > .token-line');
        expect(lines.length, `${routeOf(page)}: a code block without lines`).toBeGreaterThan(0);
        if (highlightedLanguages.has(language) && /[A-Za-z]/u.test($(pre).text())) {
          checked += 1;
          expect($(pre).find('.token:not(.plain)').length, `${routeOf(page)}: a ${language} code block with no highlighted token`).toBeGreaterThan(0);
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('leave Prism out of the bundle every page loads first, in a chunk of its own', () => {
    const scripts = path.join(localeDir(locale), 'assets', 'js');
    const files = fs.readdirSync(scripts).filter((file) => file.endsWith('.js'));
    const withPrism = files.filter((file) => fs.readFileSync(path.join(scripts, file), 'utf8').includes(prismGrammarMarker));
    expect(withPrism.length).toBeGreaterThan(0);
    expect(withPrism.filter((file) => /^(main|runtime~main)\./u.test(file))).toEqual([]);
    expect(files.filter((file) => /^prism\.[0-9a-f]+\.js$/u.test(file))).toHaveLength(1);
  });
});
