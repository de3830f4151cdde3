import type { ReactNode } from 'react';
import { PageMetadata } from '@docusaurus/theme-common';
import { useActivePlugin, useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { socialCardPathOf } from '../../../lib/social-card-path';

/**
 * The stock doc metadata (title, description, keywords), with the page's own social card as
 * `og:image` / `twitter:image` unless its front matter names an image. The card is rendered at build
 * time for docs of the main instance; other instances (the SDK reference) keep the site's default.
 */
export default function DocItemMetadata(): ReactNode {
  const { metadata, frontMatter, assets } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const pluginId = useActivePlugin()?.pluginId;
  const card = pluginId === 'default' ? socialCardPathOf(metadata.permalink, siteConfig.baseUrl) : undefined;
  return (
    <PageMetadata
      title={metadata.title}
      description={metadata.description}
      keywords={frontMatter.keywords}
      image={assets.image ?? frontMatter.image ?? card}
    />
  );
}
