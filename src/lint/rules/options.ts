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
