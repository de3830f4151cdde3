import path from 'node:path';
import type { Code, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { fileImports, type EsmImport } from '../lib/page-composition';
import type { ContentFile } from '../lib/site-files';
import { extensionOfLanguage, normalizeLanguage, type ScriptExtension } from './languages';
import { fenceAttributes } from './meta';
import type { CodeDiagnostic } from './diagnostics';

/** One fenced code block of a content file. */
export type Fence = {
  /** Index of the fence among the file's fences, in document order. */
  readonly index: number;
  /** The language, lowercased (`undefined` when the fence names none). */
  readonly language: string | undefined;
  /** The extension it compiles as, or `undefined` for languages that are not compiled. */
  readonly extension: ScriptExtension | undefined;
  /** `title="…"` from the meta, as a path inside the guide's app (`app/logto.ts`). */
  readonly title: string | undefined;
  /** `nocheck` from the meta: the reason, or `true` when written bare. */
  readonly nocheck: string | true | undefined;
  /** The code, as Markdown hands it over (the fence's indentation stripped). */
  readonly value: string;
  /** 1-based line and column of the opening fence. */
  readonly line: number;
  /** 1-based column of the opening fence. */
  readonly column: number;
  /** For each line of `value`, the 0-based column of the file where that line's code starts. */
  readonly lineStarts: readonly number[];
};

/** An MDX or Markdown file the code check consumes, read and parsed once. */
export type ParsedFile = {
  /** Where the file sits in the site. */
  readonly file: ContentFile;
  /** Its fences in document order. */
  readonly fences: readonly Fence[];
  /** The document in order: fences and the places where an imported component is rendered. */
  readonly sequence: ReadonlyArray<{ readonly fence: number } | { readonly component: string }>;
  /** Its ESM imports: the specifier and the names it binds. */
  readonly imports: ReadonlyArray<Pick<EsmImport, 'specifier' | 'locals'>>;
  /** The parse failure, when the file is not valid MDX (it then has no fences or imports). */
  readonly parseError: CodeDiagnostic | undefined;
};

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']);

/** A title as a path inside the app: forward slashes, nothing above the app's root (`./`, `/`, `../`). */
function normalizeTitle(title: string): string {
  return path.posix.normalize(title.trim().replace(/\\/g, '/')).replace(/^(\.\.?\/|\/)+/, '');
}

/** Where each line of a fence's code starts in the file (the fence may be indented, e.g. inside JSX). */
function lineStartsOf(code: Code, fileLines: readonly string[]): number[] {
  const firstLine = code.position?.start.line ?? 1;
  return code.value.split(/\r?\n/).map((line, index) => {
    const source = fileLines[firstLine + index] ?? '';
    return source.endsWith(line) ? source.length - line.length : 0;
  });
}

/** A failure thrown by the MDX parser, as a diagnostic at the place it names (1:1 when none). */
function parseFailure(relative: string, error: unknown): CodeDiagnostic {
  const place = error as { line?: unknown; column?: unknown; reason?: unknown; message?: unknown };
  const reason = typeof place.reason === 'string' ? place.reason : String(place.message ?? error);
  return {
    file: relative,
    line: typeof place.line === 'number' ? place.line : 1,
    column: typeof place.column === 'number' ? place.column : 1,
    code: 'mdx-parse',
    message: `Cannot parse this file as MDX, so its code fences are not checked: ${reason}`,
  };
}

/** Parses one content file's text into its fences, imports and component uses. */
export function parseContentFile(file: ContentFile, text: string): ParsedFile {
  let tree: Root;
  try {
    tree = processor.parse(new VFile({ path: file.path, value: text }));
  } catch (error) {
    return { file, fences: [], sequence: [], imports: [], parseError: parseFailure(file.relative, error) };
  }
  const fileLines = text.split(/\r?\n/);
  const fences: Fence[] = [];
  const sequence: Array<{ fence: number } | { component: string }> = [];
  const imports = fileImports(tree).map(({ specifier, locals }) => ({ specifier, locals }));
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      sequence.push({ component: node.name });
    } else if (node.type === 'code') {
      const language = normalizeLanguage(node.lang);
      const { title, nocheck } = fenceAttributes(node.meta);
      const index = fences.length;
      fences.push({
        index,
        language,
        extension: extensionOfLanguage(language),
        title: title === undefined ? undefined : normalizeTitle(title),
        nocheck,
        value: node.value,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        lineStarts: lineStartsOf(node, fileLines),
      });
      sequence.push({ fence: index });
    }
  });
  return { file, fences, sequence, imports, parseError: undefined };
}
