import fs from 'node:fs';
import path from 'node:path';
import { logoSources, renderLogo } from '../lib/logos';

/** One icon's entry in simple-icons' data file. */
type IconData = { readonly slug: string; readonly hex: string };

/** Reads simple-icons' icon data (its data file is an array, or `{ icons: [...] }` in older releases). */
function readIconData(packageDir: string): Map<string, IconData> {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(packageDir, 'data/simple-icons.json'), 'utf8'));
  const list = Array.isArray(raw) ? raw : (raw as { icons?: unknown }).icons;
  if (!Array.isArray(list)) {
    throw new Error('simple-icons/data/simple-icons.json has an unexpected shape');
  }
  return new Map(
    list.flatMap((entry: unknown) => {
      const { slug, hex } = (entry ?? {}) as Partial<IconData>;
      return typeof slug === 'string' && typeof hex === 'string' ? [[slug, { slug, hex }] as const] : [];
    }),
  );
}

/** Every logo file as it should be: file name → SVG text (light `<name>.svg` and `<name>-dark.svg`). */
export function renderAllLogos(siteDir: string): Map<string, string> {
  const packageDir = path.join(siteDir, 'node_modules/simple-icons');
  const icons = readIconData(packageDir);
  const files = new Map<string, string>();
  for (const [name, slug] of Object.entries(logoSources)) {
    const icon = icons.get(slug);
    if (!icon) {
      throw new Error(`simple-icons has no icon "${slug}" (for ${name}.svg)`);
    }
    const svg = fs.readFileSync(path.join(packageDir, 'icons', `${slug}.svg`), 'utf8');
    files.set(`${name}.svg`, renderLogo({ svg, hex: icon.hex, variant: 'light' }));
    files.set(`${name}-dark.svg`, renderLogo({ svg, hex: icon.hex, variant: 'dark' }));
  }
  return files;
}

/** Writes the logos to `static/img/logos/`. Run with `npm run logos` after changing `logoSources`. */
function main(): void {
  const siteDir = path.resolve(__dirname, '../..');
  const outDir = path.join(siteDir, 'static/img/logos');
  fs.mkdirSync(outDir, { recursive: true });
  const logos = renderAllLogos(siteDir);
  for (const [name, svg] of logos) {
    fs.writeFileSync(path.join(outDir, name), svg);
  }
  console.log(`Wrote ${logos.size} logos to ${path.relative(siteDir, outDir)}`);
}

if (require.main === module) {
  main();
}
