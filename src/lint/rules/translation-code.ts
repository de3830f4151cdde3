import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { codeWithoutComments } from '../code-comments';
import type { FenceFact } from '../facts';
import { code, ruleUrl, where } from '../messages';
import { parsedTranslationPair, type Options } from './options';

const shown = (value: string | undefined): string => (value === undefined || value === '' ? 'none' : code(value));

/** A fence's lines without comments; an English fence is compared with every locale's, so computed once. */
const linesCache = new WeakMap<FenceFact, readonly string[]>();
function codeLines(fence: FenceFact): readonly string[] {
  let lines = linesCache.get(fence);
  if (!lines) {
    lines = codeWithoutComments(fence.value, fence.lang).split('\n');
    linesCache.set(fence, lines);
  }
  return lines;
}

/** What differs between a translated fence and its English one, or `undefined` when only comments do. */
function difference(translated: FenceFact, english: FenceFact): string | undefined {
  if (translated.lang !== english.lang) {
    return `its language is ${shown(translated.lang)}, expected ${shown(english.lang)}`;
  }
  if ((translated.meta ?? '') !== (english.meta ?? '')) {
    return `its meta is ${shown(translated.meta)}, expected ${shown(english.meta)}`;
  }
  const ours = codeLines(translated);
  const theirs = codeLines(english);
  const line = ours.findIndex((text, index) => text !== theirs[index]);
  if (line !== -1) {
    return `it has ${code(ours[line]!.trim())}, expected ${theirs[line] === undefined ? 'nothing' : code(theirs[line].trim())}`;
  }
  if (ours.length !== theirs.length) {
    return `it lacks ${code(theirs[ours.length]!.trim())}`;
  }
  return undefined;
}

/**
 * `docs:translation-code`: a translation's code fences are the English fences, fence for fence;
 * only comments may differ (see `codeWithoutComments` for the comment syntax per language).
 */
const remarkLintDocsTranslationCode = lintRule<Root, Readonly<Options>>(
  { origin: 'docs:translation-code', url: ruleUrl('translation-code') },
  (_tree, file, options) => {
    const pair = parsedTranslationPair(options.site, file);
    if (!pair) {
      return;
    }
    const { facts, source } = pair;
    const { sourceRelative } = facts.content;
    if (source.fences.length !== facts.fences.length) {
      file.message(
        `Has ${facts.fences.length} code block(s), ${sourceRelative} has ${source.fences.length}; a translation keeps every English code block`,
        { place: facts.fences[Math.min(source.fences.length, facts.fences.length)]?.position ?? { line: 1, column: 1 } },
      );
      return;
    }
    facts.fences.forEach((fence, index) => {
      const english = source.fences[index]!;
      const detail = difference(fence, english);
      if (detail !== undefined) {
        file.message(
          `Code block ${index + 1} differs from ${where(sourceRelative, english.position)}: ${detail}; only comments may be translated`,
          { place: fence.position },
        );
      }
    });
  },
);

export default remarkLintDocsTranslationCode;
