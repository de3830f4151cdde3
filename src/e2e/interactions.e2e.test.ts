import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir } from '../site-tests/build-output';
import { launchChromium } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer({ root: buildDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a route in a fresh page of a fresh context with the given color scheme. */
async function open(route: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}${route}`, { waitUntil: 'networkidle' });
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
