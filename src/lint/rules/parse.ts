import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { ruleUrl } from '../messages';

/** What {@link reportParseError} reports. */
export type ParseProblem = {
  /** What failed, e.g. `Cannot parse MDX: Unexpected end of file in expression`. */
  readonly reason: string;
  /** Where; the start of the file when the parser gave no place. */
  readonly place: Position | Point | undefined;
  /** How to fix it. */
  readonly hint: string;
};

/**
 * Reports a file that cannot be parsed (`docs:parse`), always as a fatal error: the file's other
 * checks are skipped, every other file is still checked, and the run fails.
 */
export function reportParseError(file: VFile, problem: ParseProblem): void {
  const message = file.message(`${problem.reason}; ${problem.hint}`, {
    place: problem.place ?? { line: 1, column: 1 },
    ruleId: 'parse',
    source: 'docs',
  });
  message.fatal = true;
  message.url = ruleUrl('parse');
}

/** A heading line that holds an unescaped `{#id}`, which MDX reads as a JavaScript expression. */
const unescapedHeadingId = /^\s{0,3}#{1,6}\s.*[^\\]\{#/;

const pointOf = (point: Point): Point => ({ line: point.line, column: point.column, offset: point.offset });

/**
 * Where a parse error is: the parser's place (copied without its internal fields), else the
 * `(line:column-line:column)` some MDX errors only name in their text (an unclosed element).
 */
function placeOf(error: VFileMessage): Position | Point | undefined {
  const place = error.place;
  if (place) {
    return 'start' in place ? { start: pointOf(place.start), end: pointOf(place.end) } : pointOf(place);
  }
  const match = /\((\d+):(\d+)-(\d+):(\d+)\)/.exec(error.reason);
  if (!match) {
    return undefined;
  }
  const [startLine, startColumn, endLine, endColumn] = match.slice(1).map(Number) as [number, number, number, number];
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}

/** Turns whatever the MDX parser threw into a `docs:parse` message at the place it names. */
export function reportParseException(file: VFile, error: unknown): void {
  const place = error instanceof VFileMessage ? placeOf(error) : undefined;
  const detail = error instanceof Error ? (error instanceof VFileMessage ? error.reason : error.message) : String(error);
  const line = place ? ('start' in place ? place.start.line : place.line) : undefined;
  const lineText = line === undefined ? '' : (String(file.value).split('\n')[line - 1] ?? '');
  const hint = unescapedHeadingId.test(lineText)
    ? 'in .mdx files a heading id is written escaped: `## Title \\{#title}`'
    : /closing tag/.test(detail)
      ? 'close the element or make it self-closing (`<Name />`)'
      : /expression|brace|acorn/i.test(detail)
        ? 'fix the JavaScript expression, or escape a literal brace as `\\{`'
        : 'fix the MDX syntax here (escape a literal `<` or `{` as `\\<` or `\\{`)';
  const kind = file.extname === '.mdx' ? 'MDX' : 'Markdown';
  reportParseError(file, { reason: `Cannot parse ${kind}: ${detail.replace(/\.$/, '')}`, place, hint });
}
