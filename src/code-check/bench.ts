import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { locales, translatedLocales } from '../lib/locales';
import { docsDir, fragmentsDir, i18nDir, localizedDocsDir } from '../lib/site-files';
import { checkCode } from '.';

/**
 * Benchmark: `npx tsx src/code-check/bench.ts [--guides 40] [--distinct]`. Builds a site in a
 * temporary folder under node_modules/.cache from this repository's guides, copied `--guides` times (each copy's code made
 * unique, so nothing is shared between guides), translated into every locale (comments rewritten,
 * or with `--distinct` the code itself changed so no translation can reuse English), and prints how
 * long the code check takes over it.
 */
function main(): void {
  const { values } = parseArgs({
    options: { guides: { type: 'string', default: '40' }, distinct: { type: 'boolean', default: false } },
  });
  const guides = Number(values.guides);
  const repoDir = path.resolve(__dirname, '../..');
  // Inside the repository, as the real site is: type references (`/// <reference types="chrome" />`)
  // and ambient modules (`astro:middleware`) resolve from the node_modules above the checked files.
  const cacheDir = path.join(repoDir, 'node_modules', '.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const siteDir = fs.mkdtempSync(path.join(cacheDir, 'code-check-bench-'));
  const sourceGuides = path.join(repoDir, docsDir, 'quick-starts');
  const guideNames = fs.readdirSync(sourceGuides, { withFileTypes: true }).filter((entry) => entry.isDirectory());

  /**
   * Makes a copy's code unique: every script fence gets one more export, after its leading
   * triple-slash references and directives (`'use client'`), which only count at the top of a file.
   */
  const uniqueCode = (text: string, tag: string): string =>
    text.replace(
      /^([ \t]*)```(tsx?|jsx?)([^\n]*)\n((?:\1(?:\/\/\/|['"]use [a-z]+['"]).*\n)*)/gm,
      (fence, indent: string) => `${fence}${indent}export const copy_${tag} = 1;\n`,
    );
  const translate = (text: string, locale: string): string => {
    const commented = text.replace(/^(\s*)\/\/ (.*)$/gm, `$1// [${locale}] $2 (translated)`);
    return values.distinct ? uniqueCode(commented, locale.replace('-', '_')) : commented;
  };
  const copy = (from: string, to: string, transform: (text: string) => string): void => {
    for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, transform(fs.readFileSync(source, 'utf8')));
    }
  };

  copy(path.join(repoDir, fragmentsDir), path.join(siteDir, fragmentsDir), (text) => text);
  for (let index = 0; index < guides; index += 1) {
    for (const guide of guideNames) {
      const name = `${guide.name}-${index}`;
      const english = path.join(siteDir, docsDir, 'quick-starts', name);
      copy(path.join(sourceGuides, guide.name), english, (text) =>
        uniqueCode(text, String(index)).replace(/^slug: .*$/m, `slug: /quick-starts/${name}`),
      );
      for (const locale of translatedLocales) {
        copy(english, path.join(siteDir, i18nDir, locale, localizedDocsDir, 'quick-starts', name), (text) => translate(text, locale));
      }
    }
  }
  for (const locale of translatedLocales) {
    copy(path.join(siteDir, fragmentsDir), path.join(siteDir, i18nDir, locale, fragmentsDir), (text) => translate(text, locale));
  }

  const result = checkCode({ siteDir, packagesDir: repoDir, locales });
  const fences = Object.values(result.locales).reduce((sum, count) => sum + count.checked, 0);
  const compiled = Object.values(result.locales).reduce((sum, count) => sum + count.compiled, 0);
  process.stdout.write(
    `${guides * guideNames.length} guides x ${locales.length} locales: ${fences} fences checked (${compiled} compiled), ` +
      `${result.diagnostics.length} diagnostics, ${(result.durationMs / 1000).toFixed(1)} s\n`,
  );
  fs.rmSync(siteDir, { recursive: true, force: true });
}

main();
