import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { prismDarkTheme, prismLightTheme } from '../../lib/prism-contrast';
import { prismThemesCss } from '../../lib/prism-css';

/** Where the stylesheet is written: Docusaurus' generated-files folder (`.docusaurus/`, not committed). */
export function prismCssPath(context: Pick<LoadContext, 'generatedFilesDir'>): string {
  return path.join(context.generatedFilesDir, 'docusaurus-plugin-prism-css', 'prism-tokens.css');
}

/**
 * The code blocks' colors per color mode, generated from the two Prism themes of the config
 * (src/lib/prism-contrast.ts) on every build and start, and loaded on every page as a client module
 * (src/lib/prism-css.ts says how tokens get their classes). Generated rather than committed, so a
 * change to the themes cannot leave a stale stylesheet behind.
 */
export default function pluginPrismCss(context: LoadContext): Plugin {
  const file = prismCssPath(context);
  return {
    name: 'docusaurus-plugin-prism-css',
    getClientModules() {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, prismThemesCss(prismLightTheme, prismDarkTheme));
      return [file];
    },
  };
}
