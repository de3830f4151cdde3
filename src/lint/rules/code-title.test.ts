import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

const fix = (extension: string) =>
  `add \`title="path/in/app${extension}"\` naming the file this code goes in, so the code check can compose the guide's app [docs:code-title]`;

describe('docs:code-title', () => {
  it('requires a title on every TypeScript fence that does not opt out with a reason, in every locale', async () => {
    expect(await lintFixture('code-title')).toEqual([
      `docs/page.mdx:13:1-15:4: error TypeScript fence (\`typescript\`) has no title; ${fix('.ts')}`,
      `docs/page.mdx:17:1-19:4: error TypeScript fence (\`mts\`) has no title; ${fix('.mts')}`,
      `docs/page.mdx:21:1-23:4: error TypeScript fence (\`cts\`) has no title; ${fix('.cts')}`,
      `docs/page.mdx:25:1-27:4: error TypeScript fence (\`TS\`) has no title; ${fix('.ts')}`,
      // `title=""` is no title.
      `docs/page.mdx:29:1-31:4: error TypeScript fence (\`ts\`) has no title; ${fix('.ts')}`,
      `docs/page.mdx:33:1-35:4: error TypeScript fence (\`ts\`) has no title (a bare \`nocheck\` opts nothing out: it needs a reason); ${fix('.ts')}`,
      // Indented in a list item: reported at the fence's own column.
      `docs/page.mdx:39:3-41:6: error TypeScript fence (\`ts\`) has no title; ${fix('.ts')}`,
      `docs/page.mdx:5:1-7:4: error TypeScript fence (\`ts\`) has no title; ${fix('.ts')}`,
      // Other meta (`showLineNumbers`) without a title.
      `docs/page.mdx:9:1-11:4: error TypeScript fence (\`tsx\`) has no title; ${fix('.tsx')}`,
      `docs/translated.mdx:8:1-11:4: error TypeScript fence (\`ts\`) has no title; ${fix('.ts')}`,
      `fragments/_config.mdx:1:1-3:4: error TypeScript fence (\`tsx\`) has no title; ${fix('.tsx')}`,
      `i18n/ko/docusaurus-plugin-content-docs/current/translated.mdx:8:1-11:4: error TypeScript fence (\`ts\`) has no title; ${fix('.ts')}`,
    ]);
  });

  it('passes titled fences, fences that opt out with a reason, and fences of other languages', async () => {
    const messages = await lintFixture('code-title');
    // docs/page.mdx from line 45 on: titled ts and tsx (title first or after other meta), a
    // `nocheck="reason"` opt-out, then js, bash and json fences without titles.
    const lineOf = (message: string) => Number(/^docs\/page\.mdx:(\d+):/.exec(message)?.[1] ?? 0);
    expect(messages.filter((message) => lineOf(message) >= 45)).toEqual([]);
    // The titled fence of the page and of its translation.
    expect(messages.filter((message) => /translated\.mdx:3:/.test(message))).toEqual([]);
  });

  it('can be turned off like every rule', async () => {
    expect(await lintFixture('code-title', { rules: { 'docs:code-title': 'off' } })).toEqual([]);
  });
});
