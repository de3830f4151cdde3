import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:anchor', () => {
  it('checks anchors against the composed page of each locale and suggests the closest id', async () => {
    expect(await lintFixture('broken-anchor-in-fragment', { rules: { 'docs:guide-front-matter': 'off' } })).toEqual([
      'docs/quick-starts/next/README.mdx:15:3-15:27: error Cannot find heading `#instal` in /quick-starts/next (did you mean `#install`?) [docs:anchor]',
      'docs/quick-starts/next/README.mdx:17:3-17:60: error Cannot find heading `#deploy` in /quick-starts/other; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
      'fragments/next/_installation.mdx:3:6-3:25: error Cannot find heading `#run` in /quick-starts/next; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
      'i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx:15:3-15:20: error Cannot find heading `#install` in /quick-starts/next (did you mean `#installation`?) [docs:anchor]',
      'i18n/ko/fragments/next/_installation.mdx:1:1-1:23: error Heading 1 is level 2 `#installation`, expected level 2 `#install` as in fragments/next/_installation.mdx:1:1; a translation keeps the English ids, order and levels [docs:translation-headings]',
      'i18n/ko/fragments/next/_installation.mdx:3:5-3:18: error Cannot find heading `#run` in /quick-starts/next; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
    ]);
  });
});
