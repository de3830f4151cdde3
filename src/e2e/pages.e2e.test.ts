import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeConfigs, locales } from '../lib/locales';
import { prismDarkTheme } from '../lib/prism-contrast';
import { tokenStyle } from '../lib/prism-css';
import { referenceRouteBasePath } from '../lib/sdk-reference';
import { baseUrlOf, htmlPages, routeOf } from '../site-tests/build-output';
import { startSite, stopSite, strictContext, violationsIn, watch, type Site } from './site';

/** axe-core's browser bundle, added to each document by an init script (which the CSP does not govern). */
const axeSource = fs.readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await stopSite(site);
});

/**
 * What the dark Prism theme makes code blocks look like: their background and plain text color, and
 * the color of each token type that has one (a token takes the color of its last type that has one,
 * as prism-react-renderer merges them). The page gets them from src/plugins/docusaurus-plugin-prism-css.
 */
const darkCode = {
  background: prismDarkTheme.plain.backgroundColor!,
  plain: prismDarkTheme.plain.color!,
  colors: Object.fromEntries(
    prismDarkTheme.styles.flatMap((entry) => entry.types).flatMap((type) => {
      const { color } = tokenStyle(prismDarkTheme, [type]);
      return color ? [[type, color]] : [];
    }),
  ),
};

/** The serious and critical axe violations of the page as it is, as `rule: selector` strings. */
async function seriousViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  });
}

/** The hreflang alternates a page of a locale must link: every locale's version of it, and x-default. */
function expectedAlternates(route: string, locale: (typeof locales)[number]): Record<string, string> {
  // The page's path below its locale's base URL: '' for the home page, 'quick-starts/next' for a guide.
  const pathInLocale = `${route}/`.slice(baseUrlOf(locale).length).replace(/\/$/u, '');
  return Object.fromEntries([
    ...locales.map((other) => [localeConfigs[other].htmlLang, `${baseUrlOf(other)}${pathInLocale}`]),
    ['x-default', `${baseUrlOf(defaultLocale)}${pathInLocale}`],
  ]);
}

describe.each(locales)('every page of locale %s', (locale) => {
  // The SDK reference is generated, English-only content rendered identically in every locale:
  // it is checked page by page in English, and through its landing page elsewhere. The 404 page
  // is a page of every locale too; htmlPages leaves it out.
  const routes = [
    ...htmlPages(locale)
      .map(routeOf)
      .filter((route) => locale === defaultLocale || !route.includes(`/${referenceRouteBasePath}/`)),
    `${baseUrlOf(locale)}404`,
  ];

  it.concurrent(
    'loads under the site’s Content-Security-Policy with no violation, console error or failed request, the right lang, ' +
      'complete hreflang alternates, resolvable heading ids, and no serious axe violation in light or dark mode',
    async () => {
      const context = await strictContext(site);
      await context.addInitScript({ content: axeSource });
      const report: Record<string, unknown> = {};
      for (const route of routes) {
        const page = await context.newPage();
        const problems = watch(page);
        const response = await page.goto(site.url(route), { waitUntil: 'networkidle' });
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          alternates: Object.fromEntries(
            [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((link) => [link.hreflang, new URL(link.href).pathname]),
          ),
          headingsWithoutId: [...document.querySelectorAll('article :is(h2, h3, h4, h5, h6)')]
            .filter((heading) => !heading.id)
            .map((heading) => heading.textContent),
          tocTargetsMissing: [...document.querySelectorAll<HTMLAnchorElement>('.table-of-contents a[href*="#"]')]
            .map((link) => decodeURIComponent(new URL(link.href).hash.slice(1)))
            .filter((id) => !document.getElementById(id)),
        }));
        const axeLight = await seriousViolations(page);
        // Switch to dark mode the way a reader's system does: the page follows the system's color
        // scheme (no choice is stored in a fresh context), and the code blocks' colors follow by CSS.
        // Every code block must show the dark theme's background, and every token its dark color
        // (read from the page as the browser computes it). Transitions are turned off first (by a constructed stylesheet,
        // which the policy allows as it allows no inline <style>) so that axe measures the final
        // colors, not a color halfway through the theme's fade.
        await page.evaluate(() => {
          const noTransitions = new CSSStyleSheet();
          noTransitions.replaceSync('*, *::before, *::after { transition: none !important; }');
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, noTransitions];
        });
        await page.emulateMedia({ colorScheme: 'dark' });
        const darkCodeShown = await page
          .waitForFunction(
            (expected) => {
              // The browser's own spelling of a color, to compare with what it computes.
              const probe = document.createElement('span');
              document.body.append(probe);
              const computed = (color: string) => {
                probe.style.color = color;
                return getComputedStyle(probe).color;
              };
              const background = computed(expected.background);
              const blocks = [...document.querySelectorAll<HTMLElement>('.theme-code-block')];
              const tokens = [...document.querySelectorAll<HTMLElement>('.theme-code-block .token')];
              const wrongToken = tokens.find((token) => {
                const types = [...token.classList].filter((name) => Object.hasOwn(expected.colors, name));
                const color = types.length > 0 ? expected.colors[types.at(-1)!]! : expected.plain;
                return getComputedStyle(token).color !== computed(color);
              });
              probe.remove();
              return (
                document.documentElement.dataset.theme === 'dark' &&
                blocks.every((block) => {
                  const pre = block.querySelector('pre') ?? block;
                  return getComputedStyle(pre).backgroundColor === background;
                }) &&
                wrongToken === undefined
              );
            },
            darkCode,
            { timeout: 10_000 },
          )
          .then(
            () => true,
            () => false,
          );
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const axeDark = await seriousViolations(page);
        const found = {
          status: response?.status(),
          policyServed: response?.headers()['content-security-policy'] === site.headers['content-security-policy'],
          cspViolations: await violationsIn(page),
          ...problems,
          ...facts,
          axeLight,
          darkCode: darkCodeShown,
          axeDark,
        };
        const expected = {
          status: 200,
          policyServed: true,
          cspViolations: [],
          consoleErrors: [],
          failedRequests: [],
          lang: localeConfigs[locale].htmlLang,
          alternates: expectedAlternates(route, locale),
          headingsWithoutId: [],
          tocTargetsMissing: [],
          axeLight: [],
          darkCode: true,
          axeDark: [],
        };
        if (JSON.stringify(found) !== JSON.stringify(expected)) {
          report[route] = found;
        }
        await page.close();
      }
      await context.close();
      expect(report).toEqual({});
      expect(routes.length).toBeGreaterThan(3);
    },
  );
});
