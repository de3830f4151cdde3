import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeConfigs, locales } from '../lib/locales';
import { referenceRouteBasePath } from '../lib/sdk-reference';
import { buildDir, htmlPages, routeOf } from '../site-tests/build-output';
import { launchChromium } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

/** axe-core's browser bundle, injected into each page. */
const axeSource = createRequire(__filename).resolve('axe-core/axe.min.js');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer({ root: buildDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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

/** What went wrong while one page loaded. */
type PageProblems = { consoleErrors: string[]; failedRequests: string[] };

/** Records console errors, uncaught exceptions and failed or non-2xx/3xx requests of a page. */
function watch(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

describe.each(locales)('every page of locale %s', (locale) => {
  // The SDK reference is generated, English-only content rendered identically in every locale:
  // it is checked page by page in English, and through its landing page elsewhere.
  const routes = htmlPages(locale)
    .map(routeOf)
    .filter((route) => locale === defaultLocale || !route.includes(`/${referenceRouteBasePath}/`));

  it.concurrent('loads with HTTP 200, no console errors, no failed requests, the right lang, resolvable heading ids, and no serious axe violation in light or dark mode', async () => {
    // bypassCSP lets the test inject axe-core; the CSP itself is checked by its own test.
    const context = await browser.newContext({ bypassCSP: true });
    const report: Record<string, unknown> = {};
    for (const route of routes) {
      const page = await context.newPage();
      const problems = watch(page);
      const response = await page.goto(`${server.origin}${route}`, { waitUntil: 'networkidle' });
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        headingsWithoutId: [...document.querySelectorAll('article :is(h2, h3, h4, h5, h6)')]
          .filter((heading) => !heading.id)
          .map((heading) => heading.textContent),
        tocTargetsMissing: [...document.querySelectorAll<HTMLAnchorElement>('.table-of-contents a[href*="#"]')]
          .map((link) => decodeURIComponent(new URL(link.href).hash.slice(1)))
          .filter((id) => !document.getElementById(id)),
      }));
      await page.addScriptTag({ path: axeSource });
      const axeLight = await seriousViolations(page);
      // Switch to the dark theme in place; transitions are turned off first so that axe measures
      // the final colors, not a color halfway through the theme's fade.
      await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
      await page.evaluate(async () => {
        document.documentElement.setAttribute('data-theme', 'dark');
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const axeDark = await seriousViolations(page);
      const found = { status: response?.status(), ...problems, ...facts, axeLight, axeDark };
      const expected = {
        status: 200,
        consoleErrors: [],
        failedRequests: [],
        lang: localeConfigs[locale].htmlLang,
        headingsWithoutId: [],
        tocTargetsMissing: [],
        axeLight: [],
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
  });
});
