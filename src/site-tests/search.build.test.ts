import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeConfigs, locales, type Locale } from '../lib/locales';
import { pagefindBundleDir } from '../plugins/docusaurus-plugin-pagefind';
import { openPagefindBundle, type PagefindNodeIndex } from '../plugins/docusaurus-plugin-pagefind/node-search';
import { baseUrlOf, htmlPages, loadHtml, localeDir, routeOf } from './build-output';

/** Queries run against each locale's built index, with a guide each must find. */
const queries: Partial<Record<Locale, readonly { query: string; finds: string }[]>> = {
  en: [
    { query: 'access token', finds: '/quick-starts/next-app-router' },
    { query: 'cookie secret', finds: '/quick-starts/next' },
    { query: 'getAccessTokenRSC', finds: '/reference/next/server-actions/variables/getAccessTokenRSC' },
  ],
  ko: [
    { query: '액세스 토큰', finds: '/ko/quick-starts/next-app-router' },
    { query: '액세스 토큰', finds: '/ko/quick-starts/next' },
  ],
  // Japanese has no translated guide yet: its English pages are still found (the segmentation of
  // Japanese text is tested on a small index in the plugin's own tests).
  ja: [{ query: 'access token', finds: '/ja/quick-starts/next-app-router' }],
};

describe.each(locales)('offline search, locale %s', (locale) => {
  const bundleDir = path.join(localeDir(locale), pagefindBundleDir);
  let index: PagefindNodeIndex;

  beforeAll(async () => {
    index = await openPagefindBundle({ bundleDir, language: localeConfigs[locale].htmlLang });
  });
  afterAll(async () => index.destroy());

  it('has one index, in the locale’s language, with every page of the locale', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual([localeConfigs[locale].htmlLang.toLowerCase()]);
    const docPages = htmlPages(locale).filter((page) => loadHtml(page)('.theme-doc-markdown').length > 0);
    expect(Object.values(entry.languages)[0]?.page_count).toBe(docPages.length);
  });

  it('finds only pages of its own locale', async () => {
    const hits = await index.search('Logto');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(`${hit.url}/`.startsWith(baseUrlOf(locale)), hit.url).toBe(true);
    }
  });

  it.each(queries[locale] ?? [])('finds $finds for “$query”', async ({ query, finds }) => {
    const hits = await index.search(query);
    expect(hits.map((hit) => hit.url)).toContain(finds);
  });

  it('puts a labelled search box in the navbar, with no script from another origin', () => {
    for (const page of htmlPages(locale)) {
      const $ = loadHtml(page);
      const input = $('.navbar [role="search"] input[role="combobox"]');
      expect(input.length, routeOf(page)).toBe(1);
      expect($(`label[for="${input.attr('id')}"]`).text().trim(), routeOf(page)).not.toBe('');
      const scripts = $('script[src]')
        .toArray()
        .map((script) => $(script).attr('src') ?? '');
      expect(scripts.filter((src) => /^(https?:)?\/\//u.test(src)), routeOf(page)).toEqual([]);
    }
  });
});
