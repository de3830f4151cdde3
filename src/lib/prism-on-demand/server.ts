/**
 * The server bundle's ./index.ts (docusaurus-plugin-prism-on-demand aliases one to the other):
 * static site generation renders every code block highlighted, so Prism is always at hand.
 */
import * as runtime from './runtime';

export type PrismRuntime = typeof runtime;

export function loadPrismRuntime(): Promise<PrismRuntime> {
  return Promise.resolve(runtime);
}

export function usePrismRuntime(_needed: boolean): PrismRuntime | undefined {
  return runtime;
}
