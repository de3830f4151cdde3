import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindSearchOptions } from './search-options';

/** One search result, as read from a Pagefind bundle. */
export type PagefindHit = {
  readonly url: string;
  readonly title: string;
  readonly excerpt: string;
};

/** A built Pagefind bundle opened in Node with the same `pagefind.js` the browser runs. */
export type PagefindNodeIndex = {
  search(query: string): Promise<PagefindHit[]>;
  destroy(): Promise<void>;
};

type PagefindResult = { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> };
type PagefindInstance = {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
  destroy(): Promise<void>;
};
type PagefindModule = { createInstance(options: { readonly baseUrl: string } & typeof pagefindSearchOptions): PagefindInstance };

const wasmType = { 'Content-Type': 'application/wasm' };

/** `fetch` for `file:` URLs (pagefind.js fetches its index next to itself); other URLs go to the real fetch. */
function installFileFetch(): void {
  const marker = Symbol.for('pagefind-node.file-fetch');
  const current = globalThis.fetch as typeof fetch & { [marker]?: true };
  if (current[marker]) {
    return;
  }
  const fileFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== 'file:') {
      return current(input, init);
    }
    url.search = '';
    try {
      const body = await fs.readFile(fileURLToPath(url));
      return new Response(body, { status: 200, headers: url.pathname.endsWith('.pagefind') ? wasmType : {} });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(fileFetch, { [marker]: true as const });
}

/**
 * pagefind.js reads the page's language from `<html lang>` (it decides how a query is segmented:
 * Chinese and Japanese by `Intl.Segmenter`), so Node gets a minimal `document` with that attribute.
 */
function setDocumentLanguage(language: string): void {
  const document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
  Object.defineProperty(globalThis, 'document', { value: document, configurable: true, writable: true });
}

/**
 * Opens the Pagefind bundle of one locale (`build/<locale>/pagefind`) in Node, running the bundle's
 * own `pagefind.js` and WebAssembly on the main thread with the navbar's options: what the tests and
 * the search benchmark query, so that they measure the index the browser gets.
 */
export async function openPagefindBundle(options: { readonly bundleDir: string; readonly language: string }): Promise<PagefindNodeIndex> {
  installFileFetch();
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'document');
  setDocumentLanguage(options.language);
  try {
    const module = (await import(pathToFileURL(path.join(options.bundleDir, 'pagefind.js')).href)) as PagefindModule;
    const instance = module.createInstance({ baseUrl: '/', ...pagefindSearchOptions });
    await instance.init();
    return {
      async search(query) {
        setDocumentLanguage(options.language);
        const response = await instance.search(query);
        const data = await Promise.all((response?.results ?? []).map((result) => result.data()));
        return data.map((item) => ({ url: item.url, title: item.meta.title ?? '', excerpt: item.excerpt }));
      },
      destroy: () => instance.destroy(),
    };
  } finally {
    if (previous) {
      Object.defineProperty(globalThis, 'document', previous);
    }
  }
}
