import { createHash } from 'node:crypto';

/**
 * The `i18n-source` marker: the last line of a translation, an MDX comment naming the hash of the
 * English text it was translated from, `{/* i18n-source: sha256-0123456789ab *\/}`.
 *
 * The same MDX comment is used for `.md` files: this site compiles `.md` as MDX too (Docusaurus'
 * default `markdown.format: 'mdx'`), and with the v4 future flags an HTML comment there is a
 * compile error. An MDX comment renders to nothing and composes into no Markdown copy.
 */

/** Hex digits of the SHA-256 a marker keeps: enough to never collide between two versions of a file. */
export const hashLength = 12;

/** A line that is a marker, well-formed or not: `{/* i18n-source: … *\/}` alone on its line. */
const markerLinePattern = /^[ \t]*\{\/\*[ \t]*i18n-source:[^\n]*?\*\/\}[ \t]*$/u;

/** The hash inside a well-formed marker. */
const markerHashPattern = /i18n-source:[ \t]*(sha256-[0-9a-f]{12,64})[ \t]*\*\/\}/u;

/** The content hash of an English file: SHA-256 of its text with line endings as LF and no BOM. */
export function contentHash(text: string): string {
  const normalized = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  return `sha256-${createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, hashLength)}`;
}

/** The marker line (without line ending) for an English hash. */
export function markerLine(hash: string): string {
  return `{/* i18n-source: ${hash} */}`;
}

/** A marker found in a file. */
export type FoundMarker = {
  /** Offset of the marker line's first character. */
  readonly start: number;
  /** Offset just after the marker line's last character (before its line ending). */
  readonly end: number;
  /** The hash it names, `sha256-…`; `undefined` when the line is malformed. */
  readonly hash: string | undefined;
};

/**
 * Finds the marker: the last non-blank line of the file, if it is one. A marker-like line anywhere
 * else (say, inside a code sample about markers) is content, not a marker.
 */
export function findMarker(text: string): FoundMarker | undefined {
  let end = text.length;
  for (;;) {
    // `lastIndexOf` treats a negative start as 0, which would find a newline at 0 forever.
    const lineStart = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end).replace(/\r$/u, '');
    if (line.trim() !== '') {
      if (!markerLinePattern.test(line)) {
        return undefined;
      }
      const hash = markerHashPattern.exec(line)?.[1];
      return { start: lineStart, end: lineStart + line.length, hash };
    }
    if (lineStart === 0) {
      return undefined;
    }
    end = lineStart - 1;
  }
}

/** Whether a marker's hash (possibly longer than {@link hashLength}) names the given English hash. */
export function markerMatches(markedHash: string, sourceHash: string): boolean {
  const [longer, shorter] = markedHash.length >= sourceHash.length ? [markedHash, sourceHash] : [sourceHash, markedHash];
  return longer.startsWith(shorter);
}

/**
 * The file with its marker set to `hash`. Only the marker line changes: an existing marker line is
 * replaced in place; otherwise the marker is appended after a blank line, with the file's own line
 * ending (CRLF files stay CRLF). Every other byte is kept.
 */
export function writeMarker(text: string, hash: string): string {
  const line = markerLine(hash);
  const found = findMarker(text);
  if (found) {
    return text.slice(0, found.start) + line + text.slice(found.end);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (text === '') {
    return `${line}${eol}`;
  }
  if (text.endsWith(`${eol}${eol}`)) {
    return `${text}${line}${eol}`;
  }
  // A blank line before the marker keeps it a block of its own, not part of the last paragraph.
  return text.endsWith(eol) ? `${text}${eol}${line}${eol}` : `${text}${eol}${eol}${line}${eol}`;
}
