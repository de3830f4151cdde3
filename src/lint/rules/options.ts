import type { VFile } from 'vfile';
import type { FileFacts } from '../facts';
import type { Site } from '../site';

/**
 * What every docs rule receives. Docs rules run in the second pass, once every file is parsed:
 * they read the facts each file recorded and the site built from all of them, never a tree.
 */
export type Options = {
  /** The site of this run. */
  readonly site: Site;
};

/** The facts a rule checks, or `undefined` when the file is not content or did not parse as MDX. */
export function parsedFacts(file: VFile): FileFacts | undefined {
  const facts = file.data.docsFacts;
  return facts && !facts.degraded ? facts : undefined;
}

/**
 * The facts of the English file a translation mirrors, or `undefined` for an English file and for a
 * translation whose source is missing (`docs:orphan-translation`'s to report). The source may be
 * degraded (it did not parse as MDX): its front matter and headings still count, its body does not.
 */
export function englishSourceOf(site: Site, facts: FileFacts): FileFacts | undefined {
  const { relative, sourceRelative } = facts.content;
  return relative === sourceRelative ? undefined : site.facts(sourceRelative);
}

/**
 * A parsed translation and its parsed English source, for the rules that compare their bodies
 * (code, headings, imports); `undefined` when either is missing or did not parse as MDX (a source
 * that did not parse lacks its body).
 */
export function parsedTranslationPair(site: Site, file: VFile): { facts: FileFacts; source: FileFacts } | undefined {
  const facts = parsedFacts(file);
  const source = facts && englishSourceOf(site, facts);
  return facts && source && !source.degraded ? { facts, source } : undefined;
}
