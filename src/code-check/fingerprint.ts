import ts from 'typescript';
import type { ScriptExtension } from './languages';

/** A span of a fence's code that a translation must keep: a token, or a comment the compiler reads. */
type Anchor = { readonly start: number; readonly end: number };

/** What makes two fences compile alike: their tokens and the comments the compiler reads, without the rest. */
export type Fingerprint = {
  /** Equal keys mean the fences differ at most in ordinary comments and whitespace. */
  readonly key: string;
  /** The fence's tokens and significant comments, in order; equal-key fences have them pairwise. */
  readonly anchors: readonly Anchor[];
};

const scriptKinds: Readonly<Record<ScriptExtension, ts.ScriptKind>> = {
  '.ts': ts.ScriptKind.TS,
  '.mts': ts.ScriptKind.TS,
  '.cts': ts.ScriptKind.TS,
  '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JS,
  '.mjs': ts.ScriptKind.JS,
  '.cjs': ts.ScriptKind.JS,
  '.jsx': ts.ScriptKind.JSX,
};

/**
 * Whether the compiler reads a comment: triple-slash directives, `@ts-…` suppressions, JSX pragmas,
 * and in JavaScript every JSDoc block (it carries the types).
 */
function isSignificantComment(comment: string, isJavaScript: boolean): boolean {
  return comment.startsWith('///') || /@ts-|@jsx/.test(comment) || (isJavaScript && comment.startsWith('/**'));
}

const isJsDocNode = (node: ts.Node): boolean =>
  node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;

/**
 * The fingerprint of a fence's code, from the real parser's tokens (JSX text stays text, so a `//`
 * inside JSX is not mistaken for a comment). Translations may rewrite ordinary comments only;
 * such a fence shares the English fence's key, and positions map token by token.
 */
export function fingerprint(text: string, extension: ScriptExtension): Fingerprint {
  const scriptKind = scriptKinds[extension];
  const isJavaScript = scriptKind === ts.ScriptKind.JS || scriptKind === ts.ScriptKind.JSX;
  const sourceFile = ts.createSourceFile(`fence${extension}`, text, ts.ScriptTarget.Latest, false, scriptKind);
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard);
  const anchors: Anchor[] = [];
  const parts: string[] = [];
  let previousEnd = 0;

  const addTrivia = (end: number): void => {
    // Between two tokens there are only whitespace and comments, so a plain scan is exact.
    scanner.setText(text, previousEnd, end - previousEnd);
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
      const comment = scanner.getTokenText();
      const isComment =
        kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
      if (isComment && isSignificantComment(comment, isJavaScript)) {
        anchors.push({ start: scanner.getTokenStart(), end: scanner.getTokenEnd() });
        parts.push(`comment ${comment}`);
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (isJsDocNode(node)) {
      return;
    }
    const children = node.getChildren(sourceFile);
    if (children.length > 0) {
      children.forEach(visit);
      return;
    }
    if (node.kind === ts.SyntaxKind.SyntaxList) {
      return;
    }
    const start = node.kind === ts.SyntaxKind.JsxText ? node.pos : node.getStart(sourceFile);
    addTrivia(start);
    anchors.push({ start, end: node.end });
    parts.push(`${node.kind} ${text.slice(start, node.end)}`);
    previousEnd = node.end;
  };
  visit(sourceFile);
  return { key: parts.join('\n'), anchors };
}

/**
 * Moves an offset in one fence to the same place in an equal-key fence: the same character of the
 * same token, or the start of the next token when the offset falls in whitespace or a comment.
 */
export function mapOffset(from: Fingerprint, to: Fingerprint, offset: number): number {
  for (const [index, anchor] of from.anchors.entries()) {
    const target = to.anchors[index];
    if (target === undefined) {
      break;
    }
    if (offset < anchor.start) {
      return target.start;
    }
    if (offset < anchor.end) {
      return Math.min(target.start + (offset - anchor.start), target.end);
    }
  }
  return to.anchors.at(-1)?.end ?? 0;
}
