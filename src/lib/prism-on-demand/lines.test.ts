import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Highlight, type RenderProps } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { getPlainLineProps, getPlainTokenProps, linesKey, plainTokenLines, rememberLines, rememberedLines, unstyledTheme } from './lines';

/** What `Highlight` hands its render function for `code` in a language Prism has no grammar for. */
function grammarLessRender(code: string): RenderProps {
  let captured: RenderProps | undefined;
  renderToStaticMarkup(
    createElement(Highlight, {
      theme: unstyledTheme,
      code,
      language: 'no-such-language',
      children: (props) => {
        captured = props;
        return createElement('pre');
      },
    }),
  );
  return captured!;
}

describe('plain lines (a code block while Prism loads)', () => {
  const codes = [
    'npm install @logto/next',
    'const a = 1;\n\nconst b = 2;\n',
    '\nleading and trailing blank lines\n\n',
    'windows\r\nline\rendings\n',
    '',
    '  indented\n\t\ttabs  ',
  ];

  it.each(codes)('splits %j into the lines and tokens prism-react-renderer gives a grammar-less code', (code) => {
    expect(plainTokenLines(code)).toEqual(grammarLessRender(code).tokens);
  });

  it.each(codes)('gives lines and tokens of %j the props prism-react-renderer gives them with the style-less theme', (code) => {
    const stock = grammarLessRender(code);
    for (const line of stock.tokens) {
      for (const className of [undefined, 'theme-code-block-highlighted-line']) {
        expect(getPlainLineProps({ line, className })).toEqual(stock.getLineProps({ line, className }));
      }
      for (const token of line) {
        expect(getPlainTokenProps({ token })).toEqual(stock.getTokenProps({ token }));
        expect(getPlainTokenProps({ token, className: 'extra', style: { color: 'red' } })).toEqual(
          stock.getTokenProps({ token, className: 'extra', style: { color: 'red' } }),
        );
      }
    }
  });
});

describe('remembered lines (a code block mounted again)', () => {
  const block = { code: 'const a = 1;', language: 'ts', lineNumbersStart: undefined, lineClassNames: {} };

  it('tells code blocks apart by everything their lines are rendered from', () => {
    const keys = new Set([
      linesKey(block),
      linesKey({ ...block, code: 'const a = 2;' }),
      linesKey({ ...block, language: 'js' }),
      linesKey({ ...block, lineNumbersStart: 1 }),
      linesKey({ ...block, lineClassNames: { 0: ['theme-code-block-highlighted-line'] } }),
    ]);
    expect(keys.size).toBe(5);
    expect(linesKey({ ...block })).toBe(linesKey(block));
  });

  it('gives back what was remembered and forgets the least recently remembered past its limit', () => {
    rememberLines('first', '<span>1</span>');
    rememberLines('second', '<span>2</span>');
    // Remembering `first` again makes it the most recent.
    rememberLines('first', '<span>1</span>');
    for (let i = 0; i < 299; i += 1) {
      rememberLines(`filler ${i}`, '');
    }
    expect(rememberedLines('second')).toBeUndefined();
    expect(rememberedLines('first')).toBe('<span>1</span>');
    expect(rememberedLines('never remembered')).toBeUndefined();
  });
});
