import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { load } from 'cheerio';
import type { ScriptHash } from './policy';

/** The JavaScript MIME types of the HTML standard; a `<script>` of any other type is a data block. */
const javaScriptTypes = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Inline `<script>` types that CSP's `script-src` governs besides classic scripts. */
const otherGovernedTypes = new Set(['module', 'importmap', 'speculationrules']);

/**
 * Whether the browser runs (and CSP checks) an inline script of this `type`. Data blocks such as
 * the pages' `application/ld+json` breadcrumbs are never run, so they need no hash.
 */
export function isGovernedScriptType(type: string | undefined): boolean {
  const essence = (type ?? '').trim().toLowerCase();
  return essence === '' || javaScriptTypes.has(essence) || otherGovernedTypes.has(essence);
}

/** The CSP hash source of a script's text: sha256 of its UTF-8 bytes, exactly as the browser hashes it. */
export function scriptHashOf(text: string): ScriptHash {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts of one HTML document that CSP governs, in document order (duplicates kept). */
export function inlineScriptHashes(html: string): ScriptHash[] {
  const $ = load(html);
  return $('script:not([src])')
    .toArray()
    .filter((script) => isGovernedScriptType(script.attribs.type))
    .map((script) => scriptHashOf($(script).text()));
}

/** Every HTML file under a folder, sorted. */
async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The distinct, sorted hashes of the inline scripts of every HTML file under a folder. */
export async function inlineScriptHashesIn(dir: string): Promise<ScriptHash[]> {
  const hashes = new Set<ScriptHash>();
  for (const file of await htmlFilesIn(dir)) {
    for (const hash of inlineScriptHashes(await fs.readFile(file, 'utf8'))) {
      hashes.add(hash);
    }
  }
  return [...hashes].sort();
}
