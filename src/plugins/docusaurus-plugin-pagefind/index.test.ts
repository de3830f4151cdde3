import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFileOfRoute, writePagefindBundle } from '.';
import { openPagefindBundle } from './node-search';

const siteDir = path.resolve(__dirname, '../../..');

describe('htmlFileOfRoute', () => {
  it('maps a route to its HTML file below the locale output folder (trailingSlash: false)', () => {
    expect(htmlFileOfRoute('/', '/')).toBe('index.html');
    expect(htmlFileOfRoute('/quick-starts/next', '/')).toBe('quick-starts/next.html');
    expect(htmlFileOfRoute('/ko/', '/ko/')).toBe('index.html');
    expect(htmlFileOfRoute('/ko', '/ko/')).toBe('index.html');
    expect(htmlFileOfRoute('/ko/reference/next', '/ko/')).toBe('reference/next.html');
    expect(htmlFileOfRoute('/quick-starts/next', '/ko/')).toBeUndefined();
  });
});

/** A built Docusaurus doc page, reduced to what the index reads: `<html lang>` and the Markdown body. */
function docPage(options: { lang: string; title: string; body: string }): string {
  return `<!doctype html><html lang="${options.lang}"><head><title>${options.title}</title></head><body>
<nav class="navbar">Navbar text that must not be indexed</nav>
<main><article><nav class="theme-doc-breadcrumbs">Breadcrumb</nav>
<div class="theme-doc-markdown markdown"><header><h1>${options.title}</h1></header>${options.body}</div>
<button type="button">Copy page as Markdown</button></article></main></body></html>`;
}

// The site has no Chinese or Japanese pages yet: index small ones with the plugin's own indexing and
// query them with the browser's pagefind.js, as the build tests do for English and Korean.
describe.each([
  {
    locale: 'ja',
    query: 'アクセストークン',
    match: { url: '/ja/quick-starts/next-app-router', title: 'Next.js（App Router）アプリに認証を追加する', body: '<p>サーバーアクションでアクセストークンを取得します。</p>' },
    other: { url: '/ja/quick-starts/next', title: 'Next.js（Pages Router）アプリに認証を追加する', body: '<p>組織を作成し、ID トークンのクレームを読みます。</p>' },
  },
  {
    locale: 'zh-CN',
    query: '访问令牌',
    match: { url: '/zh-CN/quick-starts/next-app-router', title: '为 Next.js（App Router）应用添加身份验证', body: '<p>在服务器操作中获取访问令牌。</p>' },
    other: { url: '/zh-CN/quick-starts/next', title: '为 Next.js（Pages Router）应用添加身份验证', body: '<p>创建组织并读取用户信息。</p>' },
  },
])('Pagefind word segmentation, $locale', ({ locale, query, match, other }) => {
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), `pagefind-${locale}-`));

  beforeAll(async () => {
    await writePagefindBundle({
      siteDir,
      outputPath,
      pages: [match, other].map((page) => ({ url: page.url, html: docPage({ lang: locale, ...page }) })),
    });
  }, 30_000);

  afterAll(() => fs.rmSync(outputPath, { recursive: true, force: true }));

  it(`finds “${query}” inside a sentence, in the page that has it`, async () => {
    const index = await openPagefindBundle({ bundleDir: outputPath, language: locale });
    const hits = await index.search(query);
    expect(hits.map((hit) => hit.url)).toEqual([match.url]);
    expect(hits[0]?.title).toBe(match.title);
    await index.destroy();
  });

  it('writes the script, worker and WebAssembly the navbar loads, without Pagefind’s prebuilt UIs', () => {
    const files = fs.readdirSync(outputPath);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']));
    expect(files.filter((file) => /ui\.(js|css)$|highlight/u.test(file))).toEqual([]);
  });

  it('indexes the Markdown body only, not the navbar, breadcrumbs or buttons', async () => {
    const index = await openPagefindBundle({ bundleDir: outputPath, language: locale });
    expect(await index.search('Navbar')).toEqual([]);
    expect(await index.search('Breadcrumb')).toEqual([]);
    expect(await index.search('Markdown')).toEqual([]);
    await index.destroy();
  });
});
