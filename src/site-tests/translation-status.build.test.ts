import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadStatus, pageStatuses } from '../i18n-status';
import { localizedUrl } from '../i18n-status/notice';
import { defaultLocale, locales } from '../lib/locales';
import { baseUrlOf, loadHtml, localeDir } from './build-output';

const siteDir = path.resolve(__dirname, '../..');
const report = loadStatus({ siteDir });
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

/** The `slug` of an English page (every page states one; the checker enforces it). */
function slugOf(page: string): string | undefined {
  const yaml = parser.parse(fs.readFileSync(path.join(siteDir, page), 'utf8')).children.find((node) => node.type === 'yaml');
  const data: unknown = yaml ? parseYaml(yaml.value) : undefined;
  const slug = data && typeof data === 'object' ? (data as Record<string, unknown>).slug : undefined;
  return typeof slug === 'string' ? slug : undefined;
}

/** The built HTML of a route (`trailingSlash: false`): `/quick-starts/next` → `quick-starts/next.html`. */
const htmlOf = (locale: (typeof locales)[number], route: string) =>
  path.join(localeDir(locale), route === '/' ? 'index.html' : `${route.slice(1)}.html`);

const pages = Object.keys(report.composition).flatMap((page) => {
  const slug = slugOf(page);
  return slug ? [{ page, route: slug }] : [];
});

/** A percentage as locales write it: `100%`, or `100 %` with a (narrow) no-break space in de, es and fr. */
const percentPattern = (percent: number) => new RegExp(`(^|\\D)${percent}[\\s\\u00a0\\u202f]?%`, 'u');

describe.each(locales)('locale %s', (locale) => {
  it('has a translation status page with a labelled progress bar per translated locale', () => {
    const $ = loadHtml(path.join(localeDir(locale), 'translation-status.html'));
    const bars = report.locales.map((status) => {
      const bar = $(`section[aria-labelledby="${status.locale}"] progress`);
      return { locale: status.locale, max: bar.attr('max'), value: bar.attr('value'), labelled: percentPattern(status.percent).test(bar.attr('aria-label') ?? '') };
    });
    expect(bars).toEqual(
      report.locales.map((status) => ({ locale: status.locale, max: String(status.total), value: String(status.counts.current), labelled: true })),
    );
  });

  it('shows the missing notice on untranslated pages and links outdated ones to the English', () => {
    expect(pages.length).toBe(Object.keys(report.composition).length);
    const status = report.locales.find((entry) => entry.locale === locale);
    const expected = status ? pageStatuses(report, status) : { missing: [], outdated: {} };
    for (const { page, route } of pages) {
      const $ = loadHtml(htmlOf(locale, route));
      const shown = {
        missing: $('.translation-notice--missing').length,
        outdated: $('.translation-notice--outdated').length,
        englishLink: $('.translation-notice--outdated a').attr('href'),
        englishContent: $('div[lang="en"] .markdown').length,
      };
      const isMissing = locale !== defaultLocale && expected.missing.includes(page);
      const isOutdated = locale !== defaultLocale && page in expected.outdated;
      expect(shown, `${locale} ${route}`).toEqual({
        missing: isMissing ? 1 : 0,
        outdated: isOutdated ? 1 : 0,
        englishLink: isOutdated ? localizedUrl(route, baseUrlOf(defaultLocale)) : undefined,
        englishContent: isMissing ? 1 : 0,
      });
    }
  });
});
