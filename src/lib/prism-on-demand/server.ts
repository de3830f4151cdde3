/**
 * The server bundle's ./index.ts (docusaurus-plugin-prism-on-demand aliases one to the other):
 * static site generation renders every code block highlighted, so Prism is always at hand.
 */
import * as runtime from './runtime';

/** What ./runtime.ts exports: `Highlight` with the site's Prism. */
export type PrismRuntime = typeof runtime;

/** Prism, already there. */
export function loadPrismRuntime(): Promise<PrismRuntime> {
  return Promise.resolve(runtime);
}

/** Prism, already there: the server never renders a code block without it. */
export function usePrismRuntime(_options: { readonly needed: boolean }): PrismRuntime {
  return runtime;
}
