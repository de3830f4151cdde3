/** The kinds of source the TypeScript compiler checks, named by their file extension. */
export type ScriptExtension = '.ts' | '.tsx' | '.mts' | '.cts' | '.js' | '.jsx' | '.mjs' | '.cjs';

/** Fence languages that are compiled, and the extension an untitled fence of that language gets. */
const compiledLanguages: Readonly<Record<string, ScriptExtension>> = {
  ts: '.ts',
  typescript: '.ts',
  tsx: '.tsx',
  mts: '.mts',
  cts: '.cts',
  js: '.js',
  javascript: '.js',
  jsx: '.jsx',
  mjs: '.mjs',
  cjs: '.cjs',
};

const scriptExtensions: ReadonlySet<string> = new Set(Object.values(compiledLanguages));

/** The extensions of TypeScript (as opposed to JavaScript) sources. */
const typeScriptExtensions: ReadonlySet<ScriptExtension> = new Set(['.ts', '.tsx', '.mts', '.cts']);

/**
 * Whether a fence of this language (as {@link normalizeLanguage} returns it) is TypeScript: `ts`,
 * `typescript`, `tsx`, `mts`, `cts`. Such fences carry `title="path/in/app.ts"` (`docs:code-title`).
 */
export function isTypeScriptLanguage(language: string | undefined): boolean {
  const extension = extensionOfLanguage(language);
  return extension !== undefined && typeScriptExtensions.has(extension);
}

/**
 * The fence's language as Docusaurus reads it: lowercased, without a glued line-highlight range
 * (```` ```ts{1,3} ````). `undefined` when the fence names none.
 */
export function normalizeLanguage(lang: string | null | undefined): string | undefined {
  const language = (lang ?? '').replace(/\{.*$/, '').trim().toLowerCase();
  return language === '' ? undefined : language;
}

/** The extension an untitled fence of this language compiles as, or `undefined` if it is not compiled. */
export function extensionOfLanguage(language: string | undefined): ScriptExtension | undefined {
  return language === undefined ? undefined : compiledLanguages[language];
}

/**
 * The file name a fence compiles under: its title when that already ends in a script extension
 * (`app/page.tsx` in a ```` ```ts ```` fence is still TSX, as the file would be), otherwise the title
 * (or `fallback`) with the language's extension appended.
 */
export function scriptFileName(options: {
  readonly title: string | undefined;
  readonly extension: ScriptExtension;
  readonly fallback: string;
}): string {
  const { title, extension, fallback } = options;
  if (title !== undefined && [...scriptExtensions].some((ext) => title.endsWith(ext))) {
    return title;
  }
  return `${title ?? fallback}${extension}`;
}
