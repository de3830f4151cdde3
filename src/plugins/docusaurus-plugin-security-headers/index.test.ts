import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteOutDirOf, writeSiteHeaders } from '.';
import { formatHeadersFile, headersOfRule, parseHeadersFile, withHeaders } from './headers-file';
import { inlineScriptHashes, inlineScriptHashesIn, isGovernedScriptType, scriptHashOf } from './inline-scripts';
import { contentSecurityPolicy, scriptHashesOf, securityHeaders } from './policy';

/** sha256 of `alert(1)` as `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64` prints it (the hashes below too). */
const alertHash = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

describe('inline script hashes', () => {
  it('hashes the UTF-8 text of a script exactly as written', () => {
    expect(scriptHashOf('alert(1)')).toBe(alertHash);
    expect(scriptHashOf('alert(1) ')).not.toBe(alertHash);
    expect(scriptHashOf('"한국어"')).toBe("'sha256-t1a8RMWPmJeoDF9XOQ81vDBW0gk5SBpAr5uNBpHcFPU='");
  });

  it('hashes classic and module scripts, not external scripts nor data blocks', () => {
    const html = [
      '<!doctype html><html><head>',
      '<script>alert(1)</script>',
      '<script src=/assets/js/main.js defer></script>',
      '<script type=application/ld+json>{"@type":"BreadcrumbList"}</script>',
      '<script type="module">alert(1)</script>',
      '<script type="text/JavaScript">b()</script>',
      '</head><body><script type=text/plain>not run</script></body></html>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([alertHash, alertHash, scriptHashOf('b()')]);
  });

  it('takes script text raw: entities are not decoded inside <script>', () => {
    expect(inlineScriptHashes('<script>a&amp;&amp;b()</script>')).toEqual([scriptHashOf('a&amp;&amp;b()')]);
  });

  it('knows which types CSP governs', () => {
    expect(['', ' ', 'text/javascript', 'module', 'importmap', 'speculationrules', 'APPLICATION/JAVASCRIPT'].map(isGovernedScriptType)).toEqual([
      true, true, true, true, true, true, true,
    ]);
    expect(isGovernedScriptType(undefined)).toBe(true);
    expect(['application/ld+json', 'application/json', 'text/plain', 'text/template'].map(isGovernedScriptType)).toEqual([false, false, false, false]);
  });
});

describe('policy', () => {
  it('allows same-origin resources, hashed inline scripts and Pagefind’s WebAssembly, and nothing third-party', () => {
    expect(contentSecurityPolicy({ scriptHashes: [alertHash, "'sha256-AAAA'", alertHash], search: 'local' }).split('; ')).toEqual([
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA' ${alertHash}`,
      "style-src 'self' 'unsafe-inline'",
      "style-src-elem 'self'",
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it('lets DocSearch reach Algolia, and runs no WebAssembly then', () => {
    const directives = contentSecurityPolicy({ scriptHashes: [], search: 'docsearch' }).split('; ');
    expect(directives).toContain("connect-src 'self' https://*.algolia.net https://*.algolianet.com");
    expect(directives).toContain("script-src 'self'");
  });

  it('sends the usual security headers besides the policy', () => {
    expect(securityHeaders({ scriptHashes: [], search: 'local' }).map(([name, value]) => (name === 'Content-Security-Policy' ? name : `${name}: ${value}`))).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'X-Frame-Options: DENY',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy: same-origin',
    ]);
  });

  it('reads the hashes back from a policy', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [alertHash, "'sha256-AB/+cd=='"], search: 'local' });
    expect(scriptHashesOf(policy)).toEqual(["'sha256-AB/+cd=='", alertHash]);
    expect(scriptHashesOf("default-src 'self'; Script-Src 'self' 'unsafe-inline' 'sha256-x1='")).toEqual(["'sha256-x1='"]);
    expect(scriptHashesOf("default-src 'self'")).toEqual([]);
  });
});

describe('_headers file', () => {
  const handWritten = ['# Cache forever', '/assets/*', '  Cache-Control: public, max-age=31536000, immutable', '', '/*', '  x-frame-options: SAMEORIGIN', '  X-Robots-Tag: noindex', ''].join('\n');

  it('parses rules and their headers, skipping comments', () => {
    expect(parseHeadersFile(handWritten)).toEqual([
      { pattern: '/assets/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/*', headers: [['x-frame-options', 'SAMEORIGIN'], ['X-Robots-Tag', 'noindex']] },
    ]);
    expect(parseHeadersFile('')).toEqual([]);
  });

  it('says which line it cannot read', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n')).toThrow('_headers:2: expected an indented `Name: value` line under a path pattern, found `X-Frame-Options DENY`');
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers:1:');
  });

  it('sets headers on /* over same-named ones, keeping every other header and rule', () => {
    const merged = withHeaders(parseHeadersFile(handWritten), '/*', [['X-Frame-Options', 'DENY']]);
    expect(formatHeadersFile(merged, 'Generated.\nDo not edit.')).toBe(
      [
        '# Generated.',
        '# Do not edit.',
        '',
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
        '/*',
        '  X-Robots-Tag: noindex',
        '  X-Frame-Options: DENY',
        '',
      ].join('\n'),
    );
    expect(withHeaders([], '/*', [['A', 'b']])).toEqual([{ pattern: '/*', headers: [['A', 'b']] }]);
  });

  it('round-trips, and gives the headers of a rule by lower-case name', () => {
    const rules = withHeaders([], '/*', securityHeaders({ scriptHashes: [alertHash], search: 'local' }));
    const reparsed = parseHeadersFile(formatHeadersFile(rules, 'x'));
    expect(reparsed).toEqual(rules);
    expect(headersOfRule(reparsed, '/*')['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a line longer than Cloudflare Pages reads', () => {
    expect(() => formatHeadersFile([{ pattern: '/*', headers: [['X-Long', 'a'.repeat(2000)]] }], 'x')).toThrow(
      "A _headers line is 2010 characters long, over Cloudflare Pages' limit of 2000",
    );
  });
});

describe('site output folder', () => {
  it('is the parent of a locale’s folder', () => {
    expect(siteOutDirOf({ outDir: '/tmp/build/ko', baseUrl: '/ko/', rootBaseUrl: '/' })).toBe('/tmp/build');
    expect(siteOutDirOf({ outDir: '/tmp/build/', baseUrl: '/', rootBaseUrl: '/' })).toBe('/tmp/build');
    expect(siteOutDirOf({ outDir: '/tmp/build/zh-CN', baseUrl: '/docs/zh-CN/', rootBaseUrl: '/docs/' })).toBe('/tmp/build');
  });

  it('is the locale’s folder when the locale lives outside the site’s base URL', () => {
    expect(siteOutDirOf({ outDir: '/tmp/build', baseUrl: '/', rootBaseUrl: '/docs/' })).toBe('/tmp/build');
    expect(siteOutDirOf({ outDir: '/tmp/elsewhere', baseUrl: '/ko/', rootBaseUrl: '/' })).toBe('/tmp/elsewhere');
  });
});

describe('writing the site’s _headers, one locale at a time', () => {
  let siteOutDir: string;
  beforeEach(async () => {
    siteOutDir = await fs.mkdtemp(path.join(os.tmpdir(), 'security-headers-'));
  });
  afterEach(async () => {
    await fs.rm(siteOutDir, { recursive: true, force: true });
  });

  /** Writes a page with one inline script. */
  async function page(relative: string, script: string): Promise<void> {
    await fs.mkdir(path.dirname(path.join(siteOutDir, relative)), { recursive: true });
    await fs.writeFile(path.join(siteOutDir, relative), `<!doctype html><html><head><script>${script}</script></head><body></body></html>`);
  }

  /** The `script-src` hashes of the written file. */
  async function writtenHashes(): Promise<string[]> {
    const rules = parseHeadersFile(await fs.readFile(path.join(siteOutDir, '_headers'), 'utf8'));
    return scriptHashesOf(headersOfRule(rules, '/*')['content-security-policy'] ?? '');
  }

  it('starts afresh with the root locale and adds each other locale’s hashes', async () => {
    await fs.writeFile(path.join(siteOutDir, '_headers'), "/assets/*\n  Cache-Control: immutable\n/*\n  Content-Security-Policy: script-src 'sha256-c3RhbGU='\n");
    await page('index.html', 'en()');
    await page('quick-starts.html', 'en()');
    await writeSiteHeaders({ siteOutDir, scriptHashes: await inlineScriptHashesIn(siteOutDir), search: 'local', earlierHashes: 'drop' });
    expect(await writtenHashes()).toEqual([scriptHashOf('en()')]);

    await page('ko/index.html', 'ko()');
    await writeSiteHeaders({ siteOutDir, scriptHashes: await inlineScriptHashesIn(path.join(siteOutDir, 'ko')), search: 'local', earlierHashes: 'keep' });
    expect(await writtenHashes()).toEqual([scriptHashOf('en()'), scriptHashOf('ko()')].sort());

    const text = await fs.readFile(path.join(siteOutDir, '_headers'), 'utf8');
    expect(text).toContain('/assets/*\n  Cache-Control: immutable\n');
    expect(text.match(/Content-Security-Policy:/gu)).toHaveLength(1);
    expect(text).toMatch(/^# Written by src\/plugins\/docusaurus-plugin-security-headers/u);
  });
});
