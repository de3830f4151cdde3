import type { ReactNode } from 'react';
import clsx from 'clsx';
import { useThemeConfig } from '@docusaurus/theme-common';
import type { Props } from '@theme/CodeBlock/Line/Token';
import { tokenClassNames } from '../../../../lib/prism-css';

/**
 * A token with, besides Prism's classes, the classes that color it in each mode (src/lib/prism-css)
 * instead of an inline style from the current mode's theme: the markup is the same in both modes.
 */
export default function CodeBlockLineToken({ line: _line, token, ...props }: Props): ReactNode {
  const { prism } = useThemeConfig();
  const light = prism.theme as Parameters<typeof tokenClassNames>[0];
  const dark = (prism.darkTheme ?? prism.theme) as Parameters<typeof tokenClassNames>[0];
  return <span {...props} className={clsx(props.className, tokenClassNames(light, dark, token.types))} />;
}
