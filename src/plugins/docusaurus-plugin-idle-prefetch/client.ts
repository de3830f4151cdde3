import type { ClientModule } from '@docusaurus/types';
import { idlePrefetcher } from './idle-prefetcher';

/** Installed once, on the first route update: by then `window.docusaurus` exists (clientEntry sets it). */
let installed = false;

/** Wraps Docusaurus' prefetch on the first route update (the first load). */
const clientModule: ClientModule = {
  onRouteUpdate() {
    // Docusaurus' client API (documented), set by its client entry before the app renders.
    const docusaurus = window.docusaurus as typeof window.docusaurus | undefined;
    if (installed || !docusaurus) {
      return;
    }
    installed = true;
    // Docusaurus freezes the object, so it is replaced by a frozen copy with the deferred prefetch;
    // `<Link>` looks `window.docusaurus` up on every call.
    window.docusaurus = Object.freeze({
      ...docusaurus,
      prefetch: idlePrefetcher(docusaurus.prefetch, {
        requestIdleCallback: typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback.bind(window) : undefined,
        setTimeout: window.setTimeout.bind(window),
      }),
    });
  },
};

export default clientModule;
