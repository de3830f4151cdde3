/**
 * Prism in the browser, loaded only when a code block has to highlight code itself. On a page's
 * first load none has to: the server's highlighted lines are kept (src/theme/CodeBlock/Content), so
 * the ~30 KiB of Prism are not part of any page's initial JavaScript. A code block mounted later, on
 * client-side navigation, shows its code as plain text until Prism has loaded (the plugin starts
 * loading it as soon as a navigation starts), then highlighted.
 *
 * The server bundle gets ./server.ts in place of this module (docusaurus-plugin-prism-on-demand).
 */
import { useEffect, useState } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type * as Runtime from './runtime';

/** What ./runtime.ts exports: `Highlight` with the site's Prism. */
export type PrismRuntime = typeof Runtime;

let loaded: PrismRuntime | undefined;
let loading: Promise<PrismRuntime> | undefined;

if (!ExecutionEnvironment.canUseDOM) {
  throw new Error(
    'src/lib/prism-on-demand/index.ts is the browser\'s module; the server bundle must get ./server.ts instead. ' +
      'Is docusaurus-plugin-prism-on-demand in the config\'s plugins?',
  );
}

/** Loads Prism once; a load that failed (the reader went offline) is tried again by the next call. */
export function loadPrismRuntime(): Promise<PrismRuntime> {
  loading ??= import(/* webpackChunkName: "prism" */ './runtime').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Prism if it has loaded, else `undefined`; when `needed`, starts loading it and renders the
 * component again once it is there.
 */
export function usePrismRuntime({ needed }: { readonly needed: boolean }): PrismRuntime | undefined {
  const [runtime, setRuntime] = useState(() => loaded);
  useEffect(() => {
    if (!needed || runtime) {
      return undefined;
    }
    let mounted = true;
    loadPrismRuntime().then(
      (module) => {
        if (mounted) {
          setRuntime(() => module);
        }
      },
      // The code stays readable as plain text; the next code block to mount tries again.
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [needed, runtime]);
  return runtime ?? loaded;
}
