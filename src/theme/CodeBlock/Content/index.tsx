import { forwardRef, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { RenderProps } from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Content';
import { usePrismRuntime } from '../../../lib/prism-on-demand';
import { getPlainLineProps, getPlainTokenProps, linesKey, plainTokenLines, rememberLines, rememberedLines, unstyledTheme } from '../../../lib/prism-on-demand/lines';
import styles from './styles.module.css';

/**
 * Given to the `<code>` of a code block the browser already has from the server. One object for
 * every render: React writes `innerHTML` only when `__html` changes, so it never does.
 */
const keepServerChildren = { __html: '' };

/** Highlighted lines a code block renders as they are: the server's, or remembered from an earlier mount. */
type ReadyLines = { readonly key: string; readonly html: { readonly __html: string } };

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>((props, ref) => (
  // A scrollable region must be reachable by keyboard (as in the stock code block).
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />
));
Pre.displayName = 'Pre';

const Code = forwardRef<HTMLElement, ComponentProps<'code'>>((props, ref) => {
  const { metadata } = useCodeBlockContext();
  return (
    <code
      ref={ref}
      {...props}
      className={clsx(props.className, styles.codeBlockLines, metadata.lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering)}
      style={{
        ...props.style,
        counterReset: metadata.lineNumbersStart === undefined ? undefined : `line-count ${metadata.lineNumbersStart - 1}`,
      }}
    />
  );
});
Code.displayName = 'Code';

/**
 * The stock code block content (theme-classic 3.10), except that it highlights code with Prism only
 * when it has no highlighted lines at hand, and Prism is loaded only then (src/lib/prism-on-demand):
 *
 * - On the page's first load it keeps the server's lines instead of tokenizing the code again and
 *   hydrating every token (on a guide that was most of the main thread's work of loading the page,
 *   ~1,600 token elements). The hydration render (in a browser, with `useIsBrowser()` still false)
 *   gives `<code>` `dangerouslySetInnerHTML` with an empty string: React's production hydration does
 *   not look at the children of such an element, and later renders with the same `__html` leave them
 *   alone. The lines do not depend on the color mode, the copy button reads the code from the
 *   metadata, and word wrap styles `<code>` itself, so nothing needs them re-rendered.
 * - It remembers those lines, so the same code block mounted again (theme-classic's Tabs remount
 *   their content right after hydration; the reader comes back to the page) shows them as they were.
 * - Any other code block (client-side navigation to a new page) shows its code as plain lines until
 *   Prism has loaded, then tokenizes as usual.
 *
 * Should React ever create the element instead of hydrating it (a hydration error makes it render
 * the page from scratch), `<code>` is empty, and the layout effect falls back to Prism.
 */
export default function CodeBlockContent({ className: classNameProp }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  const key = linesKey(metadata);
  const isBrowser = useIsBrowser();
  const [readyLines, setReadyLines] = useState<ReadyLines | undefined>(() => {
    if (!ExecutionEnvironment.canUseDOM) {
      return undefined;
    }
    if (!isBrowser) {
      // Hydrating: the server rendered the lines.
      return { key, html: keepServerChildren };
    }
    const html = rememberedLines(key);
    return html === undefined ? undefined : { key, html: { __html: html } };
  });
  // Lines kept for other code than the block's (its props changed) are not its lines.
  const lines = readyLines?.key === key ? readyLines.html : undefined;
  const prism = usePrismRuntime({ needed: lines === undefined });
  const codeRef = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    if (lines !== keepServerChildren) {
      return;
    }
    const element = codeRef.current;
    if (element?.hasChildNodes()) {
      rememberLines(key, element.innerHTML);
    } else {
      setReadyLines(undefined);
    }
  }, [lines, key]);

  if (lines) {
    return (
      <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, `prism-code language-${language.toLowerCase()}`)}>
        <Code ref={codeRef} dangerouslySetInnerHTML={lines} suppressHydrationWarning />
      </Pre>
    );
  }
  const render = ({ className, tokens, getLineProps, getTokenProps }: Pick<RenderProps, 'className' | 'tokens' | 'getLineProps' | 'getTokenProps'>) => (
    <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, className)}>
      <Code ref={codeRef}>
        {tokens.map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={lineClassNames[i]}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        ))}
      </Code>
    </Pre>
  );
  if (!prism) {
    return render({
      className: `prism-code language-${language.toLowerCase()}`,
      tokens: plainTokenLines(code),
      getLineProps: getPlainLineProps,
      getTokenProps: getPlainTokenProps,
    });
  }
  return (
    <prism.Highlight theme={unstyledTheme} code={code} language={language}>
      {render}
    </prism.Highlight>
  );
}
