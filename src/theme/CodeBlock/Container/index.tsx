import type { ComponentProps, ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import styles from './styles.module.css';

/**
 * The stock container without its inline `--prism-color` and `--prism-background-color`: they come
 * from the stylesheet of src/plugins/docusaurus-plugin-prism-css per color mode, so the container reads no color mode and neither
 * re-renders nor differs from the server's markup when the mode changes.
 */
export default function CodeBlockContainer<T extends 'div' | 'pre'>({ as: As, ...props }: { as: T } & ComponentProps<T>): ReactNode {
  const Element = As as 'div';
  return <Element {...(props as ComponentProps<'div'>)} className={clsx(props.className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)} />;
}
