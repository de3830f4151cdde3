import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:guide-front-matter', () => {
  it('requires slug, sidebar_label, description and existing logos in every locale', async () => {
    expect(await lintFixture('guide-front-matter')).toEqual([
      'docs/quick-starts/bare/README.mdx:1:1: error Guide front matter has no `sidebar_custom_props.description`; add `description: <one sentence>` [docs:guide-front-matter]',
      'docs/quick-starts/bare/README.mdx:1:1: error Guide front matter has no `sidebar_custom_props.logoFilename`; add `logoFilename: bare.svg` [docs:guide-front-matter]',
      'docs/quick-starts/bare/README.mdx:1:1: error Guide front matter has no `sidebar_label`; add `sidebar_label: <framework name>` [docs:guide-front-matter]',
      'docs/quick-starts/bare/README.mdx:1:1: error Guide front matter has no `slug`; add `slug: /quick-starts/bare` [docs:guide-front-matter]',
      'docs/quick-starts/wrong-logo/README.mdx:3:16-3:18: error Guide front matter has an empty or non-text `sidebar_label`; add `sidebar_label: <framework name>` [docs:guide-front-matter]',
      'docs/quick-starts/wrong-logo/README.mdx:5:17-5:26: error Logo `nextj.svg` is not in static/img/logos/; add the file or correct `logoFilename` (did you mean `nextjs.svg`?) [docs:guide-front-matter]',
      'docs/quick-starts/wrong-logo/README.mdx:6:21-6:33: error Logo `vue-dark.svg` is not in static/img/logos/; add the file or correct `darkLogoFilename` [docs:guide-front-matter]',
      'docs/quick-starts/wrong-logo/README.mdx:7:16-7:18: error Guide front matter has an empty or non-text `sidebar_custom_props.description`; add `description: <one sentence>` [docs:guide-front-matter]',
      'i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/complete/README.mdx:1:1-7:4: error Guide front matter has no `sidebar_custom_props.description`; add `description: <one sentence>` [docs:guide-front-matter]',
    ]);
  });
});
