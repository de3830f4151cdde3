import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('fragment rules', () => {
  it('reports unused fragments, missing props at the call site (per locale) and imports from another guide', async () => {
    expect(await lintFixture('fragment-usage', { rules: { 'docs:guide-front-matter': 'off' } })).toEqual([
      'docs/quick-starts/alpha/README.mdx:13:1-13:9: error `<Install>` does not pass `packageName`, which fragments/_install.mdx reads as `props.packageName` (line 1); add `packageName="…"` [docs:fragment-props]',
      'docs/quick-starts/alpha/README.mdx:6:1-6:53: error Imports `../beta/_shared-steps.mdx` from the beta guide\'s folder; a partial two guides share belongs in fragments/: move it to `fragments/beta/_shared-steps.mdx` and import `@fragments/beta/_shared-steps.mdx` [docs:cross-guide-import]',
      'docs/quick-starts/alpha/README.mdx:7:1-7:75: error Imports `@site/docs/quick-starts/beta/_shared-steps.mdx` from the beta guide\'s folder; a partial two guides share belongs in fragments/: move it to `fragments/beta/_shared-steps.mdx` and import `@fragments/beta/_shared-steps.mdx` [docs:cross-guide-import]',
      'docs/quick-starts/alpha/_orphan-partial.mdx:1:1: warning No page imports this partial, directly or through another fragment; import it from a page or delete it [docs:unused-fragment]',
      'fragments/_only-from-unused.mdx:1:1: warning No page imports this fragment, directly or through another fragment; import it from a page or delete it [docs:unused-fragment]',
      'fragments/_unused.mdx:1:1: warning No page imports this fragment, directly or through another fragment; import it from a page or delete it [docs:unused-fragment]',
      'i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/beta/README.mdx:10:1-10:9: error `<Install>` does not pass `version`, which i18n/ko/fragments/_install.mdx reads as `props.version` (line 1); add `version="…"` [docs:fragment-props]',
    ]);
  });
});
