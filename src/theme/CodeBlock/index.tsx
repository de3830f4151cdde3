import { Children, isValidElement, type ReactNode } from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock';

/** The children as one string when they are only text (so the copy button can copy them), else as they are. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) {
    return children;
  }
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * The stock code block (ejected from theme-classic 3.10) without its `key={String(isBrowser)}`,
 * which threw away and rebuilt every code block of the page right after hydration: on a guide
 * with a dozen code blocks that was most of the main-thread work of loading the page. The remount
 * is not needed: the code's colors come from CSS per color mode (src/lib/prism-css.ts), so the
 * server's markup is right in either mode, and CodeBlock/Content keeps the server's lines on the
 * first load instead of rendering them again; the buttons are `BrowserOnly` and appear on their own.
 */
export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  const CodeBlockComp = typeof children === 'string' ? StringContent : ElementContent;
  return <CodeBlockComp {...props}>{children as string}</CodeBlockComp>;
}
