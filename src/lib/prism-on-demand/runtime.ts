/**
 * Everything a code block needs to highlight code itself: prism-react-renderer's `Highlight` and its
 * Prism with the config's `additionalLanguages`. About 30 KiB of JavaScript (Brotli) that a first
 * page load does without, since the server already highlighted its code blocks: the server bundle
 * imports this module statically (./server.ts), the browser loads it on demand (./index.ts).
 */
import { Highlight, Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';

// What theme-classic's `prism-include-languages` client module does on every page, done here
// instead (docusaurus-plugin-prism-on-demand turns that client module off).
prismIncludeLanguages(Prism);

/** prism-react-renderer's `Highlight`, which uses the Prism the languages were added to. */
export { Highlight };
