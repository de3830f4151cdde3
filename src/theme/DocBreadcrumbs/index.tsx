import type { ReactNode } from 'react';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type { WrapperProps } from '@docusaurus/types';
import { useActivePlugin } from '@docusaurus/plugin-content-docs/client';
import CopyMarkdownButton from '@site/src/components/CopyMarkdownButton';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

/** The stock breadcrumbs, followed by the page's Markdown actions (main docs only: the SDK reference has no Markdown copies). */
export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  const pluginId = useActivePlugin()?.pluginId;
  return (
    <>
      <DocBreadcrumbs {...props} />
      {pluginId === 'default' && <CopyMarkdownButton />}
    </>
  );
}
