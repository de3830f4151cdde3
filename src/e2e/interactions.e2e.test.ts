import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHydrated, startSite, stopSite, strictContext, violationsIn, watch, type Site } from './site';

let site: Site;
let context: BrowserContext;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await stopSite(site);
});

/** Opens a route in a fresh page of a fresh context (under the site's CSP) with the given color scheme. */
async function open(route: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  context = await strictContext(site, { colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url(route), { waitUntil: 'networkidle' });
  return page;
}

/** The titles of the gallery cards currently shown. */
async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('main section li a').evaluateAll((links) =>
    links.map((link) => link.querySelector('span span')?.textContent ?? ''),
  );
}

describe('locale switching', () => {
  it('keeps the page and the anchor', async () => {
    const page = await open('/quick-starts/next-app-router#installation');
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.getByRole('link', { name: '한국어' }).click();
    await page.waitForURL('**/ko/quick-starts/next-app-router#installation');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await page.locator('#installation').count()).toBe(1);
    await context.close();
  });
});

describe('table of contents', () => {
  it('scrolls to the heading a link names', async () => {
    const page = await open('/quick-starts/next-app-router');
    await page.locator('.table-of-contents a[href="#api-resources"]').first().click();
    await page.waitForFunction(() => window.location.hash === '#api-resources');
    const top = await page.locator('#api-resources').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    await context.close();
  });
});

describe('gallery', () => {
  it('narrows the cards as the reader types, and Enter opens the only match', async () => {
    const page = await open('/quick-starts');
    const all = await cardTitles(page);
    expect(all.length).toBeGreaterThanOrEqual(15);
    const filter = page.getByRole('searchbox', { name: 'Find your framework' });
    await filter.fill('react');
    const reactCards = await cardTitles(page);
    expect(reactCards).toEqual(expect.arrayContaining(['React', 'React Native (Expo)']));
    expect(reactCards).not.toContain('Vue');
    expect(reactCards.length).toBeLessThan(all.length);
    await filter.fill('nuxt');
    expect(await cardTitles(page)).toEqual(['Nuxt']);
    await filter.press('Enter');
    await page.waitForURL('**/quick-starts/nuxt');
    await context.close();
  });

  it('filters in Korean too, with a translated label', async () => {
    const page = await open('/ko/quick-starts');
    const filter = page.getByRole('searchbox');
    expect(await page.locator('label[for]').first().textContent()).not.toBe('Find your framework');
    await filter.fill('vue');
    expect(await cardTitles(page)).toEqual(['Vue']);
    await filter.fill('zzzz');
    expect(await cardTitles(page)).toEqual([]);
    await context.close();
  });

  it('shows the dark logos in dark mode and the light ones in light mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/quick-starts', scheme);
      const sources = await page
        .locator('main img')
        .evaluateAll((images) => images.filter((image) => image.checkVisibility()).map((image) => image.getAttribute('src') ?? ''));
      expect(sources.length).toBeGreaterThanOrEqual(15);
      const darkOnes = sources.filter((source) => source.endsWith('-dark.svg'));
      expect(darkOnes.length, scheme).toBe(scheme === 'dark' ? sources.length : 0);
      await context.close();
    }
  });
});

describe('code blocks', () => {
  /** Prism's chunk, which a code block loads only when it has to highlight code itself (src/lib/prism-on-demand). */
  const prismChunk = /\/assets\/js\/prism\.[0-9a-f]+\.js$/u;

  /** A page of a fresh context that records the paths it requests. */
  async function recordingPage(): Promise<{ page: Page; requested: string[] }> {
    context = await strictContext(site, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    return { page, requested };
  }

  it('keep the server\'s highlighted lines on a first load without loading Prism, in tabs too', async () => {
    const { page, requested } = await recordingPage();
    await openHydrated(page, site.url('/quick-starts/next-app-router'));
    await page.waitForLoadState('networkidle');
    // theme-classic's Tabs remount their panels right after hydration; the code in them stays highlighted.
    expect(await page.locator('[role="tabpanel"] .token.function').count()).toBeGreaterThan(0);
    expect(await page.locator('.theme-code-block .token.keyword').count()).toBeGreaterThan(50);
    expect(requested.filter((path) => prismChunk.test(path))).toEqual([]);
    expect(await violationsIn(page)).toEqual([]);
    await context.close();
  });

  it('highlight the code of a guide reached by client-side navigation, loading Prism once', async () => {
    const { page, requested } = await recordingPage();
    await openHydrated(page, site.url('/quick-starts'));
    await page.locator('main section li a[href="/quick-starts/express"]').click();
    await page.waitForURL('**/quick-starts/express');
    await page.locator('.theme-code-block .token.keyword').first().waitFor();
    expect(await page.locator('.theme-code-block .token.keyword').count()).toBeGreaterThan(20);
    await page.goBack();
    await page.locator('main section li a[href="/quick-starts/react"]').click();
    await page.waitForURL('**/quick-starts/react');
    await page.locator('.theme-code-block .token.keyword').first().waitFor();
    expect(requested.filter((path) => prismChunk.test(path))).toHaveLength(1);
    expect(await violationsIn(page)).toEqual([]);
    await context.close();
  });
});

describe('prefetching', () => {
  it('still prefetches the pages of the links in view, one at a time in idle periods', async () => {
    const page = await open('/quick-starts');
    // docusaurus-plugin-idle-prefetch replaced window.docusaurus with a frozen copy whose prefetch waits for idle time.
    expect(await page.evaluate(() => Object.isFrozen(window.docusaurus) && typeof window.docusaurus.preload === 'function')).toBe(true);
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0);
    const prefetched = await page.$$eval('link[rel="prefetch"]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(prefetched.every((href) => /^\/assets\/js\/[\w~-]+\.[0-9a-f]+\.js$/u.test(href))).toBe(true);
    await context.close();
  });
});

describe('search', () => {
  // One query per language, each written as a reader of that language would type it, each
  // naming a different guide; the index of each locale holds only that locale's pages.
  const cases = [
    { home: '/', query: 'App Router', guide: '/quick-starts/next-app-router' },
    { home: '/ko/', query: '서비스 워커', guide: '/ko/quick-starts/chrome-extension' },
    { home: '/ja/', query: 'カスタム URL スキーム', guide: '/ja/quick-starts/capacitor' },
  ];

  it.each(cases)('$home: “$query” lists $guide first, and Enter opens it', async ({ home, query, guide }) => {
    context = await strictContext(site, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await openHydrated(page, site.url(home));
    const worker = page.waitForEvent('worker');
    const box = page.getByRole('combobox');
    await box.fill(query);
    const results = page.getByRole('listbox');
    // Waits less than the test's timeout so that a failure shows what went wrong instead.
    const listed = await results
      .getByRole('option')
      .first()
      .waitFor({ timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    if (!listed) {
      // Say why: a policy that blocks Pagefind's WebAssembly or worker shows up here.
      expect({ listed, violations: await violationsIn(page), ...problems }).toEqual({ listed: true });
    }
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await results.getByRole('option').first().getAttribute('id'));
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === guide);
    expect(await page.locator('article h1').count()).toBe(1);
    // Pagefind runs in its same-origin worker, under the site's Content-Security-Policy.
    expect((await worker).url()).toBe(site.url(`${home}pagefind/pagefind-worker.js`));
    expect({ violations: await violationsIn(page), ...problems }).toEqual({ violations: [], consoleErrors: [], failedRequests: [] });
    await context.close();
  });
});
