import { describe, expect, it } from 'vitest';
import { lintFixture } from './testing/lint-fixture';

describe('remark-lint style rules', () => {
  it('reports the chosen remark-lint rules with their own ids', async () => {
    expect(await lintFixture('style-rules')).toEqual([
      'docs/page.mdx:13:1-13:27: warning Unexpected heading rank `4`, exected rank `3` [remark-lint:heading-increment]',
      'docs/page.mdx:15:18: warning Unexpected missing final newline character, expected line feed (`\\n`) at end of file [remark-lint:final-newline]',
      'docs/page.mdx:3:1-5:4: warning Unexpected missing fenced code language flag in info string, expected keyword [remark-lint:fenced-code-flag]',
      'docs/page.mdx:7:1-9:4: warning Unexpected shell code with every line prefixed by `$`, expected different code for input and output [remark-lint:no-shell-dollars]',
    ]);
  });
});
