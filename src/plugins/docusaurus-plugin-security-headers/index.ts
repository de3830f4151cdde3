import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { SearchConfig } from '../../lib/search-config';
import { everyPath, formatHeadersFile, headersFileName, headersOfRule, parseHeadersFile, withHeaders, type HeaderRule } from './headers-file';
import { inlineScriptHashesIn } from './inline-scripts';
import { scriptHashesOf, securityHeaders, type ScriptHash } from './policy';

/** Options of the plugin. */
export type SecurityHeadersOptions = {
  /** The search the build ships, which decides what the policy allows (WebAssembly or Algolia). */
  readonly search: SearchConfig['engine'];
};

/** The comment at the top of the generated file. */
const generatedComment = [
  'Written by src/plugins/docusaurus-plugin-security-headers after each locale is built: do not edit.',
  'The script-src hashes are those of the inline scripts of the built pages. Rules for other paths',
  'are kept: add them in static/_headers.',
].join('\n');

/**
 * The folder the whole site is published from, given one locale's output folder: Docusaurus puts a
 * locale whose base URL is `/ko/` in `<out>/ko/`. A locale outside the site's base URL is its own root.
 */
export function siteOutDirOf(options: { readonly outDir: string; readonly baseUrl: string; readonly rootBaseUrl: string }): string {
  const outDir = path.resolve(options.outDir);
  if (!options.baseUrl.startsWith(options.rootBaseUrl)) {
    return outDir;
  }
  const segments = options.baseUrl.slice(options.rootBaseUrl.length).split('/').filter(Boolean);
  const root = path.resolve(outDir, ...segments.map(() => '..'));
  return path.join(root, ...segments) === outDir ? root : outDir;
}

/** What {@link writeSiteHeaders} writes. */
export type SiteHeadersOptions = SecurityHeadersOptions & {
  /** The folder the site is published from; `_headers` goes at its root, the only place hosts read it. */
  readonly siteOutDir: string;
  /** Hashes of the inline scripts of the pages just built (or of every page under `siteOutDir`). */
  readonly scriptHashes: readonly ScriptHash[];
  /**
   * `keep` adds the hashes of the existing file's policy (locales built earlier into the same
   * folder); `drop` writes only `scriptHashes`.
   */
  readonly earlierHashes: 'keep' | 'drop';
};

/**
 * Writes `<siteOutDir>/_headers`: the security headers on `/*`, merged into the rules already
 * there (from `static/_headers`, or from the locales built before). Returns the headers written.
 */
export async function writeSiteHeaders(options: SiteHeadersOptions): Promise<HeaderRule['headers']> {
  const file = path.join(options.siteOutDir, headersFileName);
  const existing = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return '';
    }
    throw error;
  });
  const rules = parseHeadersFile(existing);
  const earlier = options.earlierHashes === 'keep' ? scriptHashesOf(headersOfRule(rules, everyPath)['content-security-policy'] ?? '') : [];
  const headers = securityHeaders({ scriptHashes: [...earlier, ...options.scriptHashes], search: options.search });
  await fs.writeFile(file, formatHeadersFile(withHeaders(rules, everyPath, headers), generatedComment));
  return headers;
}

/**
 * Security headers for static hosts (Netlify, Cloudflare Pages): after each locale's build, hashes
 * the inline scripts of that locale's pages (Docusaurus' color-mode script, and its base-URL banner
 * where `baseUrlIssueBanner` is on; either may differ per locale) and writes a Content-Security-Policy allowing exactly those, with the
 * other security headers, into the `_headers` file at the root of the site's output.
 *
 * Hosts read `_headers` only at the root of the published folder and every path matches `/*`, so
 * there is one file and one policy for all locales:
 * - the locale served at the root (English, built first) starts the file afresh, since Docusaurus
 *   has just emptied the whole output folder;
 * - every other locale adds its hashes to those already in the file. This covers the full build and
 *   a one-locale rebuild (`--locale ko`) into an existing build; a rebuilt locale's old hashes stay
 *   until the next full build (an extra hash only allows a script the site no longer has).
 * Locales built on separate machines and merged afterwards each bring a partial file: run
 * `npm run build:headers` on the merged folder, which hashes every page under it.
 */
export default function pluginSecurityHeaders(_context: LoadContext, options: SecurityHeadersOptions): Plugin {
  return {
    name: 'docusaurus-plugin-security-headers',
    async postBuild({ outDir, baseUrl, i18n }) {
      const siteOutDir = siteOutDirOf({ outDir, baseUrl, rootBaseUrl: i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/' });
      await writeSiteHeaders({
        siteOutDir,
        scriptHashes: await inlineScriptHashesIn(outDir),
        search: options.search,
        earlierHashes: path.resolve(outDir) === siteOutDir ? 'drop' : 'keep',
      });
    },
  };
}
