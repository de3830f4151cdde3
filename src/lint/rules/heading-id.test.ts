import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:heading-id and docs:duplicate-heading-id', () => {
  it('requires explicit kebab-case ids in .mdx and .md, unique on the composed page', async () => {
    expect(await lintFixture('heading-ids')).toEqual([
      'docs/dupes.mdx:12:1-12:25: error Heading id `#usage` is already used on /dupes at line 10; ids must be unique on the page, rename one [docs:duplicate-heading-id]',
      'docs/dupes.mdx:14:1-14:8: error `<Shared>` renders heading id `#config` (fragments/_shared.mdx:3:1), which /dupes already uses at line 6; ids must be unique on the page, rename one [docs:duplicate-heading-id]',
      'docs/dupes.mdx:14:1-14:8: error `<Shared>` renders heading id `#shared` (fragments/_shared.mdx:1:1), which /dupes already uses by fragments/_shared.mdx:1:1 (rendered by `<Shared>` at line 8); ids must be unique on the page, rename one [docs:duplicate-heading-id]',
      'docs/dupes.mdx:8:1-8:8: error `<Shared>` renders heading id `#config` (fragments/_shared.mdx:3:1), which /dupes already uses at line 6; ids must be unique on the page, rename one [docs:duplicate-heading-id]',
      'docs/page.mdx:3:1-3:16: error Heading `Installation` has no explicit id; add `\\{#installation}` at its end (`npm run lint:docs -- --fix` does) [docs:heading-id]',
      'docs/page.mdx:5:16-5:31: error Heading id `#Install_Now` is not lowercase ASCII kebab-case; expected `#install-now` (rename its links too) [docs:heading-id]',
      'docs/page.mdx:7:1-7:16: error Heading `What\'s next?` has no explicit id; add `\\{#whats-next}` at its end (`npm run lint:docs -- --fix` does) [docs:heading-id]',
      'docs/page.mdx:9:1-9:7: error Heading `設定` has no explicit id; add an ASCII id such as `\\{#section-name}` [docs:heading-id]',
      'docs/plain.md:5:1-5:19: error Heading `Another section` has no explicit id; add `{#another-section}` at its end (`npm run lint:docs -- --fix` does) [docs:heading-id]',
      'fragments/_self-dupe.mdx:3:1-3:17: error Heading id `#a` is already used on fragments/_self-dupe.mdx at line 1; ids must be unique on the page, rename one [docs:duplicate-heading-id]',
      'i18n/ko/docusaurus-plugin-content-docs/current/plain.md:5:1-5:9: error Heading `다른 섹션` has no explicit id; add the id of the matching English heading (docs/plain.md) [docs:heading-id]',
    ]);
  });
});
