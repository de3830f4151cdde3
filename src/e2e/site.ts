import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { buildDir } from '../site-tests/build-output';
import { launchChromium } from './browser';
import { siteWideHeaders, startStaticServer, type StaticServer } from './static-server';

/**
 * The production build served on 127.0.0.1 the way a static host serves it (every response carries
 * the `/*` headers of the build's `_headers`, its Content-Security-Policy among them), and Debian's
 * Chromium to load it in.
 */
export type Site = {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The `/*` headers of `_headers`, lower-case names, as the server sends them. */
  readonly headers: Readonly<Record<string, string>>;
  /** The absolute URL of a route of the build. */
  readonly url: (route: string) => string;
};

/** Starts the server and the browser; `stopSite` ends both. */
export async function startSite(): Promise<Site> {
  const headers = siteWideHeaders(buildDir);
  const server = await startStaticServer({ root: buildDir, headers });
  const browser = await launchChromium();
  return { server, browser, headers, url: (route) => `${server.origin}${route}` };
}

/** Closes what `startSite` started, whichever of it started. */
export async function stopSite(site: Site | undefined): Promise<void> {
  await site?.browser.close();
  await site?.server.close();
}

/** Page-side store of the violations the init script records. */
type ViolationLog = { __cspViolations: string[] };

/** Runs in every document before its own scripts: records each CSP violation the document reports. */
function recordViolations(): void {
  const log: string[] = [];
  (window as unknown as ViolationLog).__cspViolations = log;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
    { capture: true },
  );
}

/**
 * A browser context that enforces the served Content-Security-Policy (no `bypassCSP`) and records
 * its violations in every document (read them with {@link violationsIn}). Tests add their own
 * scripts with `addInitScript` and `page.evaluate`, which the policy does not govern.
 */
export async function strictContext(site: Site, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({ ...options, bypassCSP: false });
  await context.addInitScript(recordViolations);
  return context;
}

/** The CSP violations the document recorded, once the events already queued have been dispatched. */
export async function violationsIn(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return (window as unknown as ViolationLog).__cspViolations;
  });
}

/** What went wrong in a page so far. */
export type PageProblems = { consoleErrors: string[]; failedRequests: string[] };

/**
 * Records what goes wrong in a page: console errors (the browser's CSP refusals among them),
 * uncaught exceptions, failed requests and responses of 400 or more, and errors in its workers,
 * including Pagefind's warning that its worker failed and search fell back to the main thread.
 */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error' || /falling back to main thread/u.test(message.text())) {
        problems.consoleErrors.push(`worker ${worker.url()}: ${message.text()}`);
      }
    }),
  );
  return problems;
}

/** Opens a route and waits until React has hydrated it: by then every script of the page has run. */
export async function openHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  return response;
}
