import fs from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { defaultLocale, localeConfigs, locales, type Locale } from '../lib/locales';

/** The production build that `npm run build` writes; SITE_BUILD_DIR points the tests at another one. */
export const buildDir = path.resolve(process.env.SITE_BUILD_DIR ?? path.join(__dirname, '../../build'));

/** The output folder of one locale. */
export function localeDir(locale: Locale): string {
  return locale === defaultLocale ? buildDir : path.join(buildDir, locale);
}

/** Every HTML page of one locale's build (other locales' folders and the 404 page excluded). */
export function htmlPages(locale: Locale): string[] {
  const root = localeDir(locale);
  const otherLocales = new Set(locales.filter((other) => other !== defaultLocale).map((other) => path.join(buildDir, other)));
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== '404.html')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => locale !== defaultLocale || ![...otherLocales].some((dir) => file.startsWith(`${dir}${path.sep}`)))
    .sort();
}

/** Parses a built HTML file with a real HTML parser (attribute values may be unquoted). */
export function loadHtml(file: string): CheerioAPI {
  return load(fs.readFileSync(file, 'utf8'));
}

/** The route of a built page, e.g. `build/ko/quick-starts/next.html` → `/ko/quick-starts/next`. */
export function routeOf(file: string): string {
  const relative = path.relative(buildDir, file).split(path.sep).join('/');
  const route = `/${relative.replace(/(^|\/)index\.html$/u, '$1').replace(/\.html$/u, '')}`;
  return route.length > 1 ? route.replace(/\/$/u, '') : route;
}

/** The base URL of a locale, as configured. */
export function baseUrlOf(locale: Locale): string {
  return localeConfigs[locale].baseUrl;
}
