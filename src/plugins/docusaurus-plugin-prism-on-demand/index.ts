import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** theme-classic's client module that imports Prism and its `additionalLanguages` on every page. */
export const stockPrismClientModule = path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');

const loaderDir = path.join(__dirname, '..', '..', 'lib', 'prism-on-demand');

/**
 * Takes Prism (prism-react-renderer and the extra languages, ~30 KiB of Brotli'd JavaScript) out of
 * the bundle every page loads first; see src/lib/prism-on-demand. In both bundles, theme-classic's
 * `prism-include-languages` client module becomes an empty module (src/lib/prism-on-demand/runtime.ts
 * adds the languages instead); in the server bundle, the browser's on-demand loader is swapped for
 * one that imports Prism statically, so every code block is highlighted in the HTML. In the browser,
 * Prism starts loading as soon as a client-side navigation starts (./client.ts), beside the new
 * page's own chunks.
 */
export default function pluginPrismOnDemand(): Plugin {
  return {
    name: 'docusaurus-plugin-prism-on-demand',
    getClientModules() {
      return [path.join(__dirname, 'client.ts')];
    },
    configureWebpack(_config, isServer) {
      return {
        resolve: {
          alias: {
            [`${stockPrismClientModule}$`]: false,
            ...(isServer ? { [`${path.join(loaderDir, 'index')}$`]: path.join(loaderDir, 'server.ts') } : {}),
          },
        },
      };
    },
  };
}
