import { slug } from 'github-slugger';

/** Lowercase ASCII kebab-case: what every explicit heading id must be. */
export const kebabCaseId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id `--fix` and the messages propose for a heading text: github-slugger's slug (what Docusaurus
 * would generate), folded to ASCII (`Réglages` → `reglages`) and reduced to kebab-case. Empty when the
 * text has no ASCII letters or digits (a CJK heading), which no rule can guess.
 */
export function asciiSlug(text: string): string {
  return slug(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** How an explicit id is written in a file: escaped in MDX, plain in Markdown. */
export function writtenId(id: string, relative: string): string {
  return relative.endsWith('.mdx') ? `\\{#${id}}` : `{#${id}}`;
}
