import fs from 'node:fs';
import path from 'node:path';
import { prismDarkTheme, prismLightTheme } from '../lib/prism-contrast';
import { prismThemesCss } from '../lib/prism-css';

/** The stylesheet of the code blocks' colors, loaded by docusaurus.config.ts as custom CSS. */
export const prismCssFile = path.join(__dirname, '..', 'css', 'prism-tokens.css');

// `npx tsx src/tools/write-prism-css.ts` rewrites it after a change to the themes.
if (require.main === module) {
  fs.writeFileSync(prismCssFile, prismThemesCss(prismLightTheme, prismDarkTheme));
  console.log(`wrote ${path.relative(process.cwd(), prismCssFile)}`);
}
