import path from 'node:path';
import type { Point, Position } from 'unist';
import { closest, distance } from 'fastest-levenshtein';
import type { DocsRuleName } from './config';

/** Where each rule is documented. */
const readmeUrl = 'https://github.com/logto-io/quick-starts/blob/main/src/lint/README.md';

/** The documentation URL of a docs rule (its section in `src/lint/README.md`). */
export function ruleUrl(name: DocsRuleName): string {
  return `${readmeUrl}#docs${name}`;
}

/** Wraps a value in backticks for a message. */
export function code(value: string): string {
  return `\`${value}\``;
}

/** `file:line:column` of a place in another file, for messages that point elsewhere. */
export function where(relative: string, place: Position | Point | undefined): string {
  if (!place) {
    return relative;
  }
  const point = 'start' in place ? place.start : place;
  return `${relative}:${point.line}:${point.column}`;
}

/**
 * The closest candidate to `value` (Levenshtein), if it is plausibly what was meant: a few edits
 * away (two, or a quarter of the length for long values), or one extends the other (`#install`,
 * `#installation`).
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) {
    return undefined;
  }
  const best = closest(value, list);
  const limit = Math.max(2, Math.floor(Math.max(value.length, best.length) / 4));
  const isPrefix = Math.min(value.length, best.length) >= 3 && (best.startsWith(value) || value.startsWith(best));
  return distance(value, best) <= limit || isPrefix ? best : undefined;
}

/**
 * The closest path to `value`: among files of the same folder by file name (so `_extra.mdx` does not
 * suggest an unrelated `_note.mdx`), else anywhere within two edits (a typo in a folder name).
 */
export function suggestPath(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const folder = path.posix.dirname(value);
  const siblings = new Map(
    list.filter((candidate) => path.posix.dirname(candidate) === folder).map((candidate) => [path.posix.basename(candidate), candidate]),
  );
  const sibling = suggest(path.posix.basename(value), siblings.keys());
  if (sibling !== undefined) {
    return siblings.get(sibling);
  }
  const anywhere = list.length === 0 ? undefined : closest(value, list);
  return anywhere !== undefined && distance(value, anywhere) <= 2 ? anywhere : undefined;
}

/** ` (did you mean X?)` or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>, format: (candidate: string) => string = code): string {
  const suggestion = suggest(value, candidates);
  return suggestion === undefined ? '' : ` (did you mean ${format(suggestion)}?)`;
}

/** Joins names as `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
