import { describe, expect, it } from 'vitest';
import { lintFixture } from './testing/lint-fixture';

describe('awkward names', () => {
  it('handles spaces, # and CJK in file names and CJK headings', async () => {
    expect(await lintFixture('awkward-names')).toEqual([
      'docs/README.mdx:9:3-9:45: error Cannot find page `/c#-guide`: the `#` in the file name starts an anchor in a URL; write `/c%23-guide` [docs:link]',
      'docs/指南.mdx:5:1-5:57: error Cannot find heading `#first-step` in /getting started (did you mean `#first-steps`?) [docs:anchor]',
      'i18n/ko/docusaurus-plugin-content-docs/current/getting started.mdx:3:1-3:8: error Heading `첫 단계` has no explicit id; add `\\{#first-steps}` at its end (`npm run lint:docs -- --fix` does) [docs:heading-id]',
    ]);
  });
});
