import type { ClientModule } from '@docusaurus/types';
import { loadPrismRuntime } from '../../lib/prism-on-demand';

/**
 * On a client-side navigation (not the first load, whose code blocks keep the server's lines), starts
 * loading Prism beside the new page's chunks, so its code blocks rarely show plain text first.
 */
const clientModule: ClientModule = {
  onRouteUpdate({ previousLocation, location }) {
    if (previousLocation && previousLocation.pathname !== location.pathname) {
      // A failure leaves code blocks as plain text; the next one to mount tries again.
      loadPrismRuntime().catch(() => undefined);
    }
  },
};

export default clientModule;
