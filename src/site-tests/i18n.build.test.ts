import { describe, expect, it } from 'vitest';
import { defaultLocale, localeConfigs, locales, siteTexts } from '../lib/locales';
import { baseUrlOf, htmlPages, loadHtml, routeOf } from './build-output';

describe.each(locales)('locale %s', (locale) => {
  const pages = htmlPages(locale);

  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  it('declares its language and its own site name on every page', () => {
    for (const page of pages) {
      const $ = loadHtml(page);
      expect($('html').attr('lang'), routeOf(page)).toBe(localeConfigs[locale].htmlLang);
      expect($('title').text(), routeOf(page)).toContain(siteTexts[locale].title);
    }
  });

  it('links every page to the same page in every locale (hreflang), plus x-default', () => {
    for (const page of pages) {
      const $ = loadHtml(page);
      const route = routeOf(page);
      // The page's path below its locale's base URL: '' for the home page, 'quick-starts/next' for a guide.
      const pathInLocale = `${route}/`.slice(baseUrlOf(locale).length).replace(/\/$/u, '');
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => [$(link).attr('hreflang'), new URL($(link).attr('href') ?? '').pathname]),
      );
      const expected = Object.fromEntries([
        ...locales.map((other) => [localeConfigs[other].htmlLang, `${baseUrlOf(other)}${pathInLocale}`]),
        ['x-default', `${baseUrlOf(defaultLocale)}${pathInLocale}`],
      ]);
      expect(alternates, route).toEqual(expected);
    }
  });
});
