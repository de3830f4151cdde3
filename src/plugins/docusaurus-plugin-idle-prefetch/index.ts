import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Docusaurus' `<Link>` prefetches a page's chunks as soon as a link to it comes into view, and the
 * links that come into view together all do it in one task: on a guide's first load that was about
 * 25 routes and 370 `<link rel="prefetch">` elements in one task of ~80 ms at Lighthouse's 4× CPU
 * slowdown, right after hydration. Its client module (./client.ts) defers each route's prefetch to
 * an idle period of its own: the same chunks are prefetched, without blocking the main thread.
 */
export default function pluginIdlePrefetch(): Plugin {
  return {
    name: 'docusaurus-plugin-idle-prefetch',
    getClientModules() {
      return [path.join(__dirname, 'client.ts')];
    },
  };
}
