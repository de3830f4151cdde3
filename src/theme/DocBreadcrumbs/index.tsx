import type { ReactNode } from 'react';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type { WrapperProps } from '@docusaurus/types';
import CopyMarkdownButton from '@site/src/components/CopyMarkdownButton';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

/** The stock breadcrumbs, followed by the page's Markdown actions. */
export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  return (
    <>
      <DocBreadcrumbs {...props} />
      <CopyMarkdownButton />
    </>
  );
}
