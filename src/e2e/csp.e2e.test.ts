import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { openHydrated, startSite, stopSite, strictContext, violationsIn, watch, type Site } from './site';

// Every page of every locale is loaded under the policy by pages.e2e.test.ts, and search by
// interactions.e2e.test.ts; this file checks the policy itself and that violations are caught.

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await stopSite(site);
});

it('serves the build’s headers: a policy with hashed inline scripts and no unsafe-inline script', () => {
  const policy = site.headers['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+;/u);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(Object.keys(site.headers).sort()).toEqual([
    'content-security-policy',
    'cross-origin-opener-policy',
    'permissions-policy',
    'referrer-policy',
    'x-content-type-options',
    'x-frame-options',
  ]);
});

describe('the violation recorder', () => {
  it('catches an inline script the policy does not allow', async () => {
    const context = await strictContext(site);
    const page = await context.newPage();
    const problems = watch(page);
    await openHydrated(page, site.url('/quick-starts'));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ?? false;
    });
    expect(ran).toBe(false);
    expect(await violationsIn(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline /u)]);
    expect(problems.consoleErrors).toEqual([expect.stringContaining('Content Security Policy')]);
    await context.close();
  });
});
