/**
 * Measures the offline search of a production build (`npm run build` first): per locale, the size
 * of the Pagefind bundle and what a first query downloads, and query latency in Node (the bundle's
 * own pagefind.js and WebAssembly) and, with `--browser`, in headless Chromium.
 *
 *   npm run bench:search -- [--build build] [--runs 50] [--browser] [--chromium /usr/bin/chromium]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localeConfigs, locales, type Locale } from '../../lib/locales';
import { pagefindBundleDir } from '.';
import { openPagefindBundle } from './node-search';
import { pagefindSearchOptions } from './search-options';

/** Queries per locale: an English one everywhere (untranslated pages are English), plus the locale's own. */
const queries: Record<Locale, readonly string[]> = {
  en: ['access token', 'LogtoNextConfig', 'organization', 'sign out', 'redirect uri'],
  ko: ['액세스 토큰', '조직', '로그아웃', 'access token', 'LogtoNextConfig'],
  ja: ['アクセストークン', '組織', 'access token', 'LogtoNextConfig'],
  'zh-CN': ['访问令牌', '组织', 'access token', 'LogtoNextConfig'],
  'zh-TW': ['存取權杖', '組織', 'access token', 'LogtoNextConfig'],
  de: ['Zugriffstoken', 'access token', 'LogtoNextConfig'],
  es: ['token de acceso', 'access token', 'LogtoNextConfig'],
  fr: ["jeton d'accès", 'access token', 'LogtoNextConfig'],
  'pt-BR': ['token de acesso', 'access token', 'LogtoNextConfig'],
};

const { values: args } = parseArgs({
  options: {
    build: { type: 'string', default: 'build' },
    runs: { type: 'string', default: '50' },
    browser: { type: 'boolean', default: false },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const buildDir = path.resolve(args.build);
const runs = Number(args.runs);

const localeDir = (locale: Locale) => path.join(buildDir, localeConfigs[locale].baseUrl);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

function filesIn(dir: string): { file: string; size: number }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(dir, file), size: fs.statSync(file).size };
    });
}

/** Bundle sizes: everything, the index proper (metadata + word chunks) and the WebAssembly. */
function bundleSizes(locale: Locale) {
  const files = filesIn(path.join(localeDir(locale), pagefindBundleDir));
  const sum = (filter: (file: string) => boolean) => files.filter(({ file }) => filter(file)).reduce((total, { size }) => total + size, 0);
  return {
    pages: (JSON.parse(fs.readFileSync(path.join(localeDir(locale), pagefindBundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }).languages,
    total: sum(() => true),
    index: sum((file) => file.endsWith('.pf_meta') || file.endsWith('.pf_index')),
    fragments: sum((file) => file.endsWith('.pf_fragment')),
    wasm: sum((file) => file.startsWith('wasm.')),
    script: sum((file) => file === 'pagefind.js' || file === 'pagefind-worker.js'),
  };
}

/** Node: time to open the index and answer the first query, then the warm latency of every query. */
async function nodeLatency(locale: Locale) {
  const start = performance.now();
  const index = await openPagefindBundle({ bundleDir: path.join(localeDir(locale), pagefindBundleDir), language: localeConfigs[locale].htmlLang });
  const hits = await index.search(queries[locale][0]!);
  const cold = performance.now() - start;
  const warm: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const query of queries[locale]) {
      const queryStart = performance.now();
      await index.search(query);
      warm.push(performance.now() - queryStart);
    }
  }
  await index.destroy();
  return { cold, firstHits: hits.length, median: percentile(warm, 0.5), p95: percentile(warm, 0.95) };
}

/** A static server for the build: the browser fetches the bundle over HTTP as on the real site. */
function serve(root: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const candidates = [pathname, `${pathname}.html`, path.join(pathname, 'index.html')].map((candidate) => path.join(root, candidate));
    const file = candidates.find((candidate) => candidate.startsWith(root) && fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Chromium: first query (script, WebAssembly and index loaded on demand) and warm queries, per locale. */
async function browserLatency(): Promise<Map<Locale, { cold: number; median: number; p95: number; transferred: number }>> {
  const { chromium } = await import('playwright-core');
  const server = await serve(buildDir);
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: args.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = new Map<Locale, { cold: number; median: number; p95: number; transferred: number }>();
  try {
    for (const locale of locales) {
      const page = await browser.newPage();
      const origin = `http://127.0.0.1:${port}`;
      // Counted from the network: Pagefind fetches its index from a Web Worker.
      let transferred = 0;
      page.on('response', (response) => {
        if (response.url().includes(`/${pagefindBundleDir}/`)) {
          transferred += Number(response.headers()['content-length'] ?? 0);
        }
      });
      await page.goto(`${origin}${localeConfigs[locale].baseUrl}`, { waitUntil: 'load' });
      const measured = await page.evaluate(
        async ({ url, list, count, options }) => {
          const start = performance.now();
          const pagefind = (await import(/* webpackIgnore: true */ url)) as {
            options(value: object): Promise<void>;
            search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
          };
          await pagefind.options(options);
          const first = await pagefind.search(list[0]!);
          await Promise.all(first.results.slice(0, 8).map((result) => result.data()));
          const cold = performance.now() - start;
          const warm: number[] = [];
          for (let run = 0; run < count; run += 1) {
            for (const query of list) {
              const queryStart = performance.now();
              const search = await pagefind.search(query);
              await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
              warm.push(performance.now() - queryStart);
            }
          }
          return { cold, warm };
        },
        { url: `${origin}${localeConfigs[locale].baseUrl}${pagefindBundleDir}/pagefind.js`, list: [...queries[locale]], count: runs, options: pagefindSearchOptions },
      );
      results.set(locale, { cold: measured.cold, median: percentile(measured.warm, 0.5), p95: percentile(measured.warm, 0.95), transferred });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  for (const locale of locales) {
    const sizes = bundleSizes(locale);
    const node = await nodeLatency(locale);
    rows.push([
      locale,
      String(Object.values(sizes.pages)[0]?.page_count ?? 0),
      kib(sizes.total),
      kib(sizes.index),
      kib(sizes.fragments),
      kib(sizes.wasm),
      ms(node.cold),
      ms(node.median),
      ms(node.p95),
    ]);
  }
  const header = ['locale', 'pages', 'bundle', 'index', 'fragments', 'wasm', 'node first query', 'node median', 'node p95'];
  console.log(`Pagefind, ${buildDir}, ${runs} runs of each query (${Object.values(queries).flat().length} queries)\n`);
  console.table(rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column]]))));

  if (args.browser) {
    const browserRows = await browserLatency();
    console.log('\nChromium (headless), over HTTP from a local server\n');
    console.table(
      [...browserRows].map(([locale, result]) => ({
        locale,
        'first query (load + search)': ms(result.cold),
        'downloaded (all queries)': kib(result.transferred),
        median: ms(result.median),
        p95: ms(result.p95),
      })),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
