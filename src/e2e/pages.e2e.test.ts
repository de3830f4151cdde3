import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeConfigs, locales } from '../lib/locales';
import { buildDir, htmlPages, routeOf } from '../site-tests/build-output';
import { launchChromium } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

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
  const routes = htmlPages(locale).map(routeOf);

  it('loads with HTTP 200, no console errors, no failed requests, the right lang and resolvable heading ids', async () => {
    const context = await browser.newContext();
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
      const found = { status: response?.status(), ...problems, ...facts };
      const expected = {
        status: 200,
        consoleErrors: [],
        failedRequests: [],
        lang: localeConfigs[locale].htmlLang,
        headingsWithoutId: [],
        tocTargetsMissing: [],
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

it('serves the build from the expected folder', () => {
  expect(path.basename(buildDir)).toBe('build');
});
