import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:import', () => {
  it('resolves relative, @fragments, @site, @theme, @docusaurus and package imports, and finds import cycles', async () => {
    expect(await lintFixture('import-resolution')).toEqual([
      'docs/page.mdx:11:1-11:48: error Cannot resolve import `@fragments/shared/_intr.mdx`: expected fragments/shared/_intr.mdx; did you mean `@fragments/shared/_intro.mdx`? [docs:import]',
      'docs/page.mdx:13:1-13:51: error Cannot resolve import `@site/static/img/no-logo.svg`: expected static/img/no-logo.svg; create static/img/no-logo.svg or correct `@site/static/img/no-logo.svg` [docs:import]',
      'docs/page.mdx:2:1-2:32: error Cannot resolve import `@theme/Nope`: expected a theme component Nope; no installed theme or src/theme/ provides `@theme/Nope`; check the spelling [docs:import]',
      'docs/page.mdx:4:1-4:43: error Cannot resolve import `@docusaurus/Missing`: expected a Docusaurus client module Missing; `@docusaurus/Missing` is neither a Docusaurus client API (such as @docusaurus/Link) nor a dependency in package.json [docs:import]',
      'docs/page.mdx:6:1-6:27: error Cannot resolve import `vitest`: expected package vitest in dependencies; `vitest` is only a devDependency; move it to dependencies so the site build has it [docs:import]',
      'docs/page.mdx:7:1-7:29: error Cannot resolve import `left-pad`: expected package left-pad in dependencies; add `left-pad` to dependencies in package.json, or correct the specifier [docs:import]',
      'docs/page.mdx:9:1-9:32: error Cannot resolve import `./_gone.mdx`: expected docs/_gone.mdx; create docs/_gone.mdx or correct `./_gone.mdx` [docs:import]',
      'fragments/cycle/_b.mdx:3:1-3:3: error `<A>` renders fragments/cycle/_a.mdx, which is already being rendered around it (an import cycle); remove one of the imports [docs:import]',
    ]);
  });
});
