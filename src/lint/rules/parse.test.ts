import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:parse', () => {
  it('reports every malformed file at its position, keeps checking the others, and keeps the anchors of a file that fails', async () => {
    expect(await lintFixture('parse-error')).toEqual([
      'docs/broken-front-matter.mdx:3:17: error Cannot parse front matter: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the YAML between the `---` lines [docs:parse]',
      'docs/stray-brace.mdx:3:17: error Cannot parse MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`; fix the JavaScript expression, or escape a literal brace as `\\{` [docs:parse]',
      'docs/unclosed-jsx.mdx:5:1-5:7: error Cannot parse MDX: Expected a closing tag for `<Tabs>` (5:1-5:7); close the element or make it self-closing (`<Name />`) [docs:parse]',
      'docs/unescaped-id.mdx:3:13: error Cannot parse MDX: Could not parse expression with acorn; in .mdx files a heading id is written escaped: `## Title \\{#title}` [docs:parse]',
    ]);
  });
});
