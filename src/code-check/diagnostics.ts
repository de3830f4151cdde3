/** One problem the code check found, at a place in a content file. */
export type CodeDiagnostic = {
  /** The content file, relative to the site (`docs/quick-starts/next/_integration.mdx`); empty when global. */
  readonly file: string;
  /** 1-based line in that file. */
  readonly line: number;
  /** 1-based column in that file. */
  readonly column: number;
  /** `TS2304` for the compiler's findings, or the check's own id (`fence-language`, `fence-nocheck`, `mdx-parse`). */
  readonly code: string;
  /** What is wrong, and for the check's own ids how to fix it. */
  readonly message: string;
};

/** A diagnostic in the compiler's one-line format: `file:line:col error TS2304: Cannot find name 'foo'.` */
export function formatDiagnostic(diagnostic: CodeDiagnostic): string {
  const { file, line, column, code, message } = diagnostic;
  const place = file === '' ? '' : `${file}:${line}:${column} `;
  return `${place}error ${code}: ${message}`;
}

/** Orders diagnostics by file, line, column, then text. */
export function compareDiagnostics(a: CodeDiagnostic, b: CodeDiagnostic): number {
  if (a.file !== b.file) {
    return a.file < b.file ? -1 : 1;
  }
  if (a.line !== b.line) {
    return a.line - b.line;
  }
  if (a.column !== b.column) {
    return a.column - b.column;
  }
  const left = formatDiagnostic(a);
  const right = formatDiagnostic(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
