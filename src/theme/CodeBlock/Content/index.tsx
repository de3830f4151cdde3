import { forwardRef, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { Highlight, type PrismTheme } from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Content';
import styles from './styles.module.css';

/**
 * A theme with no styles: Prism only splits the code into tokens, whose colors come from their
 * classes (see src/theme/CodeBlock/Line/Token and src/lib/prism-css). The markup is then the same in
 * both color modes, so the server's is right whatever mode the reader is in.
 */
const unstyledTheme: PrismTheme = { plain: {}, styles: [] };

/**
 * Given to the `<code>` of a code block the browser already has from the server. One object for
 * every render: React writes `innerHTML` only when `__html` changes, so it never does.
 */
const keepServerChildren = { __html: '' };

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
 * The stock code block content (theme-classic 3.10), except that on the page's first load it keeps
 * the server's highlighted lines instead of tokenizing the code again and hydrating every token:
 * on a guide that was most of the main thread's work of loading the page (~1,600 token elements).
 *
 * The hydration render (in a browser, with `useIsBrowser()` still false) gives `<code>` `dangerouslySetInnerHTML`
 * with an empty string: React's production hydration does not look at the children of such an
 * element, and later renders with the same `__html` leave them alone, so the server's lines stay
 * for the component's lifetime (the choice is kept in state). The lines do not depend on the color
 * mode, the copy button reads the code from the metadata, and word wrap styles `<code>` itself, so
 * nothing needs them re-rendered. A code block mounted later (client-side navigation) tokenizes as
 * usual. Should React ever create the element instead of hydrating it (a hydration error makes it
 * render the page from scratch), it is empty, and the layout effect renders the lines after all.
 */
export default function CodeBlockContent({ className: classNameProp }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  const isBrowser = useIsBrowser();
  // Hydrating: in a browser (the server renders the lines), before the first render is over.
  const [keepServerLines, setKeepServerLines] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser);
  const codeRef = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    if (keepServerLines && !codeRef.current?.hasChildNodes()) {
      setKeepServerLines(false);
    }
  }, [keepServerLines]);

  if (keepServerLines) {
    return (
      <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, `prism-code language-${language.toLowerCase()}`)}>
        <Code ref={codeRef} dangerouslySetInnerHTML={keepServerChildren} suppressHydrationWarning />
      </Pre>
    );
  }
  return (
    <Highlight theme={unstyledTheme} code={code} language={language}>
      {({ className, tokens: lines, getLineProps, getTokenProps }) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, className)}>
          <Code ref={codeRef}>
            {lines.map((line, i) => (
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
      )}
    </Highlight>
  );
}
