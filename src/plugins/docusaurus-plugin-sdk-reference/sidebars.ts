import { createRequire } from 'node:module';
import path from 'node:path';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { referenceDir, referenceSdks } from '../../lib/sdk-reference';
import { withUniqueKeys, type GeneratedItem } from './sidebar-keys';

const siteDir = path.resolve(__dirname, '../../..');
const requireGenerated = createRequire(path.join(siteDir, referenceDir, 'index.md'));

/**
 * The reference's sidebar: its landing page, then one category per SDK holding the sidebar
 * typedoc-docusaurus-theme generated for it (read when the docs instance loads, after generation).
 */
const sidebars: SidebarsConfig = {
  reference: [
    'index',
    ...referenceSdks.map((sdk) => ({
      type: 'category' as const,
      label: sdk.packageName,
      key: sdk.id,
      link: { type: 'doc' as const, id: `${sdk.id}/index` },
      items: withUniqueKeys(requireGenerated(`./${sdk.id}/typedoc-sidebar.cjs`) as GeneratedItem[], sdk.id),
    })),
  ],
};

export default sidebars;
