import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** Folder, inside each locale's build, of that locale's Pagefind bundle (index, WebAssembly, pagefind.js). */
export const pagefindBundleDir = 'pagefind';

/**
 * What Pagefind indexes of a page: the doc's Markdown body (title included); breadcrumbs, the
 * table of contents, the Markdown actions, pagination and the navbar stay out of the index.
 */
export const pagefindIndexConfig = {
  rootSelector: '.theme-doc-markdown',
  excludeSelectors: ['.hash-link', 'button'],
};

/** Files of Pagefind's bundle that only its prebuilt search UIs use. */
const unusedBundleFile = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/u;

/** One page to index: its route (the URL results link to) and its built HTML. */
export type IndexedPage = { readonly url: string; readonly html: string };

/**
 * The built HTML file of a route, by Docusaurus' `trailingSlash: false` layout: `/a/b` → `a/b.html`,
 * the locale root `/ko/` → `index.html`. Routes outside `baseUrl` are not this locale's.
 */
export function htmlFileOfRoute(route: string, baseUrl: string): string | undefined {
  const inLocale = `${route.replace(/\/$/u, '')}/`;
  if (!inLocale.startsWith(baseUrl)) {
    return undefined;
  }
  const relative = inLocale.slice(baseUrl.length).replace(/\/$/u, '');
  return relative === '' ? 'index.html' : `${relative}.html`;
}

/**
 * Loads Pagefind's Node API. The package exports it for `import` only, which the config loader
 * (jiti, which turns `import()` into `require`) cannot resolve by name, so load its entry file.
 */
export async function loadPagefindApi(siteDir: string): Promise<typeof import('pagefind')> {
  return (await import(pathToFileURL(path.join(siteDir, 'node_modules/pagefind/lib/index.js')).href)) as typeof import('pagefind');
}

/**
 * Indexes pages with Pagefind and writes the bundle to `outputPath`: one index per `<html lang>`,
 * with Chinese and Japanese text segmented into words.
 */
export async function writePagefindBundle(options: {
  readonly siteDir: string;
  readonly pages: readonly IndexedPage[];
  readonly outputPath: string;
}): Promise<void> {
  const pagefind = await loadPagefindApi(options.siteDir);
  const { index, errors } = await pagefind.createIndex(pagefindIndexConfig);
  if (!index) {
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  try {
    for (const page of options.pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0) {
        throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath: options.outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write ${options.outputPath}: ${written.errors.join('; ')}`);
    }
    // Pagefind's prebuilt UIs (about 400 KiB a locale) are never loaded: the navbar has its own.
    for (const file of await fs.readdir(options.outputPath)) {
      if (unusedBundleFile.test(file)) {
        await fs.rm(path.join(options.outputPath, file));
      }
    }
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * Offline search: after each locale's build, indexes that locale's pages with Pagefind into
 * `<locale>/pagefind/`, and provides the navbar `SearchBar` that queries it in the browser.
 * Locales stay independently buildable.
 */
export default function pluginPagefind(context: LoadContext): Plugin {
  return {
    name: 'docusaurus-plugin-pagefind',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    async postBuild({ outDir, routesPaths, baseUrl }) {
      const pages: IndexedPage[] = [];
      for (const route of [...new Set(routesPaths)].sort()) {
        const file = htmlFileOfRoute(route, baseUrl);
        const html = file && (await fs.readFile(path.join(outDir, file), 'utf8').catch(() => undefined));
        if (html) {
          pages.push({ url: route, html });
        }
      }
      await writePagefindBundle({ siteDir: context.siteDir, pages, outputPath: path.join(outDir, pagefindBundleDir) });
    },
  };
}
