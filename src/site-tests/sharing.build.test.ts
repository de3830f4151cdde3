import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales, type Locale } from '../lib/locales';
import { referenceRouteBasePath } from '../lib/sdk-reference';
import { socialCardPathOf } from '../lib/social-card-path';
import { baseUrlOf, buildDir, htmlPages, loadHtml, localeDir, routeOf } from './build-output';

const siteDir = path.resolve(__dirname, '../..');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The front matter `description` of a doc source file. */
function descriptionOf(file: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---/u.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
  return (parseYaml(frontMatter) as { description: string }).description;
}

const isReference = (route: string, locale: Locale) => route.startsWith(`${baseUrlOf(locale)}${referenceRouteBasePath}`);

/** A page's permalink: its route, except that a locale's home ends with a slash (`/ko/`). */
const permalinkOf = (route: string, locale: Locale) => (`${route}/` === baseUrlOf(locale) ? baseUrlOf(locale) : route);

describe.each(locales)('sharing metadata, locale %s', (locale) => {
  const pages = htmlPages(locale).filter((page) => loadHtml(page)('.theme-doc-markdown').length > 0);

  it('gives every page a description, the same in <meta name="description"> and og:description', () => {
    for (const page of pages) {
      const $ = loadHtml(page);
      const description = $('meta[name="description"]').attr('content');
      expect(description, routeOf(page)).toBeTruthy();
      expect($('meta[property="og:description"]').attr('content'), routeOf(page)).toBe(description);
    }
  });

  it('gives every doc its own social card, an image of 1200×630 that exists', () => {
    for (const page of pages) {
      const $ = loadHtml(page);
      const route = routeOf(page);
      const image = new URL($('meta[property="og:image"]').attr('content') ?? '').pathname;
      expect($('meta[name="twitter:card"]').attr('content'), route).toBe('summary_large_image');
      expect(new URL($('meta[name="twitter:image"]').attr('content') ?? '').pathname, route).toBe(image);
      const expected = isReference(route, locale)
        ? `${baseUrlOf(locale)}img/social-cards/default.png`
        : `${baseUrlOf(locale).replace(/\/$/u, '')}${socialCardPathOf(permalinkOf(route, locale), baseUrlOf(locale))}`;
      expect(image, route).toBe(expected);
      expect(pngSize(path.join(buildDir, image)), route).toEqual({ width: 1200, height: 630 });
    }
  });

  it('lists exactly the locale’s pages in its own sitemap.xml, with absolute URLs of that locale', () => {
    const $ = load(fs.readFileSync(path.join(localeDir(locale), 'sitemap.xml'), 'utf8'), { xml: true });
    const listed = $('url > loc')
      .toArray()
      .map((loc) => new URL($(loc).text()).pathname)
      .sort();
    const expected = htmlPages(locale)
      .map((page) => permalinkOf(routeOf(page), locale))
      // The English-only reference is listed once, in the English sitemap.
      .filter((route) => locale === defaultLocale || !isReference(route, locale))
      .sort();
    expect(listed).toEqual(expected);
  });

  it('dates pages with <lastmod> in W3C date format', () => {
    const $ = load(fs.readFileSync(path.join(localeDir(locale), 'sitemap.xml'), 'utf8'), { xml: true });
    for (const lastmod of $('url > lastmod').toArray()) {
      expect($(lastmod).text()).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
  });
});

it('dates a page by its last commit (<lastmod>; files not yet committed have none)', () => {
  const $ = load(fs.readFileSync(path.join(localeDir(defaultLocale), 'sitemap.xml'), 'utf8'), { xml: true });
  const guide = $('url')
    .toArray()
    .find((url) => new URL($(url).find('loc').text()).pathname === '/quick-starts/next-app-router');
  expect(guide && $(guide).find('lastmod').text()).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
});

describe('translated descriptions and cards', () => {
  const guide = 'quick-starts/next-app-router';
  const english = loadHtml(path.join(localeDir('en'), `${guide}.html`));
  const korean = loadHtml(path.join(localeDir('ko'), `${guide}.html`));

  it('describes a translated page with its translated description', () => {
    const translated = descriptionOf(path.join(siteDir, 'i18n/ko/docusaurus-plugin-content-docs/current', guide, 'README.mdx'));
    expect(korean('meta[name="description"]').attr('content')).toBe(translated);
    expect(korean('meta[property="og:description"]').attr('content')).toBe(translated);
    expect(english('meta[name="description"]').attr('content')).toBe(descriptionOf(path.join(siteDir, 'docs', guide, 'README.mdx')));
  });

  it('renders a different card for the translated title', () => {
    const card = (locale: Locale) => fs.readFileSync(path.join(localeDir(locale), socialCardPathOf(`/${guide}`, '/')));
    expect(card('ko').equals(card('en'))).toBe(false);
  });
});
