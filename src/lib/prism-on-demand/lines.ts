/**
 * What a code block renders without Prism: the lines it already has highlighted (the server's, kept
 * from an earlier mount) or, while Prism loads, its code as plain lines in the very markup
 * prism-react-renderer gives code of a language it has no grammar for.
 */
import clsx from 'clsx';
import type { PrismTheme, RenderProps, Token } from 'prism-react-renderer';

/**
 * The code block's theme: no styles. Prism only splits the code into tokens, whose colors come from
 * their classes (see src/theme/CodeBlock/Line/Token and src/lib/prism-css). The markup is then the
 * same in both color modes, so the server's is right whatever mode the reader is in.
 */
export const unstyledTheme: PrismTheme = { plain: {}, styles: [] };

/** prism-react-renderer's split into lines (`normalizeTokens` of a grammar-less code). */
const newline = /\r\n|\r|\n/u;

/** The code's lines, each one plain token; an empty line holds a `'\n'` token marked `empty`, as Prism's do. */
export function plainTokenLines(code: string): Token[][] {
  return code.split(newline).map((content) => [content === '' ? { types: ['plain'], content: '\n', empty: true } : { types: ['plain'], content }]);
}

/** `getLineProps` of `Highlight` with `unstyledTheme`. */
export const getPlainLineProps: RenderProps['getLineProps'] = ({ className, style, line: _line, ...rest }) => ({
  ...rest,
  className: clsx('token-line', className),
  style: { backgroundColor: undefined, ...style },
});

/** `getTokenProps` of `Highlight` with `unstyledTheme`, for plain tokens. */
export const getPlainTokenProps: RenderProps['getTokenProps'] = ({ token, className, style, ...rest }) => {
  const ownStyle = token.empty ? { display: 'inline-block' } : undefined;
  return {
    ...rest,
    className: clsx('token', ...token.types, className),
    children: token.content,
    style: style === undefined ? ownStyle : { ...ownStyle, ...style },
  };
};

/** How many code blocks' lines are remembered; past that, the oldest are forgotten. */
const rememberedLimit = 300;
const remembered = new Map<string, string>();

/** What identifies a code block's highlighted lines: everything the lines are rendered from. */
export function linesKey(block: {
  readonly code: string;
  readonly language: string;
  readonly lineNumbersStart: number | undefined;
  readonly lineClassNames: Readonly<Record<number, readonly string[]>>;
}): string {
  return JSON.stringify([block.language, block.lineNumbersStart ?? null, block.lineClassNames, block.code]);
}

/**
 * Remembers the highlighted lines (the inner HTML of `<code>`) the server rendered for a code block,
 * so that the block mounted again (theme-classic's Tabs remount their content after hydration; a
 * reader comes back to the page) shows them without Prism.
 */
export function rememberLines(key: string, html: string): void {
  remembered.delete(key);
  remembered.set(key, html);
  if (remembered.size > rememberedLimit) {
    remembered.delete(remembered.keys().next().value!);
  }
}

/** The lines remembered for a code block, if any. */
export function rememberedLines(key: string): string | undefined {
  return remembered.get(key);
}
