import fs from 'node:fs';
import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import { extractSiteSourceCodeTranslations } from '@docusaurus/core/lib/server/translations/translationsExtractor';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../docusaurus.config';
import { guideCategories } from './guide-categories';
import { translatedLocales, type Locale } from './locales';
import { referenceSdks } from './sdk-reference';

/**
 * The site's chrome (navbar, footer, sidebar category labels, theme strings) is translated through
 * the JSON files `docusaurus write-translations` writes. These tests keep them complete and in step
 * across locales, so a reader of a translated locale never meets English chrome.
 */

type TranslationFile = Record<string, { message: string; description?: string }>;

const i18nDir = path.join(__dirname, '../../i18n');

/** The translation files of the chrome, relative to `i18n/<locale>/`. */
const codeFile = 'code.json';
const navbarFile = 'docusaurus-theme-classic/navbar.json';
const footerFile = 'docusaurus-theme-classic/footer.json';
const docsFile = 'docusaurus-plugin-content-docs/current.json';
/** The sidebar of the English-only SDK reference (the `reference` docs instance). */
const referenceFile = 'docusaurus-plugin-content-docs-reference/current.json';
const files = [codeFile, navbarFile, footerFile, docsFile, referenceFile] as const;

/** The files whose every message is checked against its English text. */
const customFiles = [navbarFile, footerFile, docsFile, referenceFile] as const;

/**
 * The files whose every message stays exactly English: the SDK reference's pages are English in every
 * locale, and its sidebar labels are the SDKs' package and API names (code identifiers) and TypeDoc's
 * group headings, matching the pages they link to.
 */
const englishOnlyFiles = new Set<string>([referenceFile]);

function load(locale: string, file: string): TranslationFile {
  return JSON.parse(fs.readFileSync(path.join(i18nDir, locale, file), 'utf8')) as TranslationFile;
}

const translations = Object.fromEntries(
  translatedLocales.map((locale) => [locale, Object.fromEntries(files.map((file) => [file, load(locale, file)]))]),
) as Record<Locale, Record<(typeof files)[number], TranslationFile>>;

/** Every key any locale has, per file: a key one locale lacks is a key it forgot. */
const unionOfKeys = Object.fromEntries(
  files.map((file) => [file, [...new Set(translatedLocales.flatMap((locale) => Object.keys(translations[locale][file])))].sort()]),
) as Record<(typeof files)[number], string[]>;

const themeConfig = config.themeConfig as Preset.ThemeConfig;

/**
 * The English text of a navbar, footer or docs key: the label Docusaurus embeds in the key name, or,
 * for the keys that embed none, the text in `docusaurus.config.ts`. `undefined` for a key this test
 * does not know, which fails the test so that a new kind of key gets classified here.
 */
function englishOf(file: (typeof customFiles)[number], key: string): string | undefined {
  const prefixes: Record<(typeof customFiles)[number], string[]> = {
    [navbarFile]: ['item.label.'],
    [footerFile]: ['link.title.', 'link.item.label.'],
    [docsFile]: ['sidebar.docs.category.', 'sidebar.docs.doc.', 'sidebar.docs.link.'],
    // The reference's items carry keys of their own (SDKs re-export the same names), so its key names
    // embed no label: the English comes from the description Docusaurus writes (below).
    [referenceFile]: [],
  };
  const prefix = prefixes[file].find((candidate) => key.startsWith(candidate));
  if (prefix) {
    return key.slice(prefix.length);
  }
  if (file === referenceFile && key.startsWith('sidebar.reference.')) {
    const description = translations[translatedLocales[0]!][file][key]?.description ?? '';
    return /^The label for (?:category|the doc item|link) '(.*)' in sidebar 'reference'/.exec(description)?.[1];
  }
  const unprefixed: Record<string, string | undefined> = {
    [`${navbarFile}:title`]: themeConfig.navbar?.title,
    [`${navbarFile}:logo.alt`]: themeConfig.navbar?.logo?.alt,
    [`${footerFile}:copyright`]: themeConfig.footer?.copyright,
    [`${docsFile}:version.label`]: 'Next',
    [`${referenceFile}:version.label`]: 'Next',
  };
  return unprefixed[`${file}:${key}`];
}

/** The navbar items of the config that have a label: each is a key of navbar.json. */
const navbarLabels = (themeConfig.navbar?.items ?? []).flatMap((item) =>
  typeof item.label === 'string' ? [`item.label.${item.label}`] : [],
);

/** Keys whose message is a product name or a version label, and so stays English in every locale. */
const sameAsEnglishEverywhere = new Set([
  `${navbarFile}:logo.alt`,
  `${footerFile}:link.title.Logto`,
  `${footerFile}:link.item.label.GitHub`,
  `${footerFile}:link.item.label.Next.js (App Router)`,
  `${footerFile}:link.item.label.Next.js (Pages Router)`,
  `${docsFile}:version.label`,
]);

/** Keys whose English word is also the right word in one locale. */
const sameAsEnglishIn: Partial<Record<Locale, Set<string>>> = {
  fr: new Set([
    `${footerFile}:link.title.Guides`,
    `${footerFile}:link.item.label.Documentation`,
    `${codeFile}:translationStatus.kind.page`,
  ]),
};

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The site's own UI strings (`translate()` and `<Translate>` in `src/`: components, swizzled theme
 * components, the search box) with their English text, extracted as `docusaurus write-translations`
 * does. The theme's own strings (`theme.*` of `@docusaurus/theme-classic`) are not among them:
 * Docusaurus ships their translations.
 */
let siteStrings: Record<string, { message: string }> = {};
beforeAll(async () => {
  siteStrings = await extractSiteSourceCodeTranslations({ siteDir: path.join(__dirname, '../..'), plugins: [] });
  expect(Object.keys(siteStrings).length).toBeGreaterThan(0);
}, 60_000);

describe('UI translations', () => {
  it('covers every translated locale', () => {
    expect(translatedLocales.length).toBeGreaterThan(0);
    expect(fs.readdirSync(i18nDir)).toEqual(expect.arrayContaining(translatedLocales));
  });

  it.each(translatedLocales)('%s has the same keys as every other locale', (locale) => {
    for (const file of files) {
      expect({ file, keys: Object.keys(translations[locale][file]).sort() }).toEqual({ file, keys: unionOfKeys[file] });
    }
  });

  it.each(translatedLocales)('%s has the chrome keys of the config and of every guide category', (locale) => {
    const required: Record<string, string[]> = {
      [navbarFile]: ['title', 'logo.alt', ...navbarLabels],
      [footerFile]: ['copyright', 'link.title.Guides', 'link.item.label.All quick starts'],
      [docsFile]: [
        'sidebar.docs.category.Quick starts',
        ...guideCategories.map(({ label }) => `sidebar.docs.category.${label}`),
      ],
      [referenceFile]: ['version.label', ...referenceSdks.map(({ id }) => `sidebar.reference.category.${id}`)],
    };
    for (const [file, keys] of Object.entries(required)) {
      expect({ file, keys: Object.keys(translations[locale][file as (typeof files)[number]]) }).toEqual({
        file,
        keys: expect.arrayContaining(keys),
      });
    }
  });

  it.each(translatedLocales)('%s has no empty message', (locale) => {
    const empty = files.flatMap((file) =>
      Object.entries(translations[locale][file])
        .filter(([, { message }]) => typeof message !== 'string' || message.trim() === '')
        .map(([key]) => `${file}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it.each(translatedLocales)('%s translates every navbar, footer and sidebar label', (locale) => {
    const allowed = new Set([...sameAsEnglishEverywhere, ...(sameAsEnglishIn[locale] ?? [])]);
    const unknown: string[] = [];
    const untranslated: string[] = [];
    const notEnglish: string[] = [];
    for (const file of customFiles) {
      for (const [key, { message }] of Object.entries(translations[locale][file])) {
        const english = englishOf(file, key);
        if (english === undefined) {
          unknown.push(`${file}:${key}`);
        } else if (englishOnlyFiles.has(file)) {
          if (message !== english) {
            notEnglish.push(`${file}:${key} = ${JSON.stringify(message)}, not ${JSON.stringify(english)}`);
          }
        } else if (!allowed.has(`${file}:${key}`) && normalize(message) === normalize(english)) {
          untranslated.push(`${file}:${key} = ${JSON.stringify(message)}`);
        }
      }
    }
    expect(unknown, 'keys with no known English text; classify them in englishOf').toEqual([]);
    expect(untranslated, 'messages still in English').toEqual([]);
    expect(notEnglish, 'SDK reference labels (code identifiers) changed from English').toEqual([]);
  });

  it.each(translatedLocales)('%s has and translates every UI string of the site code', (locale) => {
    const code = translations[locale][codeFile];
    const allowed = new Set([...sameAsEnglishEverywhere, ...(sameAsEnglishIn[locale] ?? [])]);
    const missing = Object.keys(siteStrings).filter((id) => !(id in code));
    const untranslated = Object.entries(siteStrings)
      .filter(([id, { message }]) => id in code && !allowed.has(`${codeFile}:${id}`) && normalize(code[id]!.message) === normalize(message))
      .map(([id, { message }]) => `${id} = ${JSON.stringify(message)}`);
    expect(missing, 'ids missing from code.json: run `npx docusaurus write-translations --locale <locale>`').toEqual([]);
    expect(untranslated, 'messages still in English').toEqual([]);
  });

  it.each(translatedLocales)('%s keeps the placeholders of every site UI string', (locale) => {
    const code = translations[locale][codeFile];
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const changed = Object.entries(siteStrings)
      .filter(([id, { message }]) => id in code && placeholders(code[id]!.message).join() !== placeholders(message).join())
      .map(([id]) => `${id} = ${JSON.stringify(code[id]!.message)}`);
    expect(changed).toEqual([]);
  });
});
