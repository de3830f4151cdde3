import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:unused-import and docs:undefined-component', () => {
  it('reports unused imports and components used without an import, but not globals, local exports or HTML', async () => {
    expect(await lintFixture('components')).toEqual([
      'docs/page.mdx:24:1-24:11: error `<CodeBlock>` is used but `CodeBlock` is never imported (MDX fails when the page renders); add `import CodeBlock from \'@theme/CodeBlock\';` [docs:undefined-component]',
      'docs/page.mdx:26:1-26:6: error `<Card>` is used but `Card` is never imported (MDX fails when the page renders); import it, or fix the name [docs:undefined-component]',
      'docs/page.mdx:30:1-30:12: error `<Steps.Item>` is used but `Steps` is never imported (MDX fails when the page renders); import it, or fix the name [docs:undefined-component]',
      'docs/page.mdx:3:1-3:44: warning Import `Admonition` from `@theme/Admonition` is never used; render it (`<Admonition />`) or remove the import [docs:unused-import]',
      'docs/page.mdx:4:1-4:43: warning Import `Intro` from `@fragments/_intro.mdx` is never used; render it (`<Intro />`) or remove the import [docs:unused-import]',
      'docs/page.mdx:5:1-5:34: warning Import `useState` from `react` is never used; use it or remove the import [docs:unused-import]',
    ]);
  });
});
