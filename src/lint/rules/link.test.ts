import { describe, expect, it } from 'vitest';
import { lintFixture } from '../testing/lint-fixture';

describe('docs:link', () => {
  it('resolves links by route, by file, to static files and generated routes, per locale, from Markdown, <Link> and <a>', async () => {
    expect(await lintFixture('links', { generatedRoutePrefixes: ['/reference/'], extraRoutes: ['/quick-starts'] })).toEqual([
      'docs/guide/README.mdx:15:3-15:30: error Cannot find page `/guide/otter`: no doc has the route /guide/otter in the en build, and no static file or generated route matches (did you mean `/guide/other`?) [docs:link]',
      'docs/guide/README.mdx:16:3-16:30: error Cannot link to `./_part.mdx`: docs/guide/_part.mdx is a partial, which has no page; link to the page that renders it [docs:link]',
      'docs/guide/README.mdx:17:3-17:37: error Cannot find `./missing.mdx`: expected a doc page at docs/guide/missing.mdx; correct the path or link by route [docs:link]',
      'docs/guide/README.mdx:19:3-19:44: error Cannot find page `/ko/guide/other`: links are written without the locale prefix; write `/guide/other` and Docusaurus adds `/ko` [docs:link]',
      'docs/guide/README.mdx:23:46-23:70: error Cannot find page `other` (from /guide it is /other): no doc has the route /other in the en build, and no static file or generated route matches [docs:link]',
      'docs/guide/README.mdx:24:68-24:112: error Cannot find `@site/static/files/nope.txt`: expected a file at static/files/nope.txt [docs:link]',
      'docs/guide/README.mdx:26:25-26:55: error Cannot find image `./nope.png`: expected a file at docs/guide/nope.png [docs:link]',
      'docs/guide/README.mdx:28:45-28:58: error Cannot find page `/nowhere`: no doc has the route /nowhere in the en build, and no static file or generated route matches [docs:link]',
      'docs/guide/README.mdx:28:86-28:102: error `<Link>` takes a route, not a file: write the page\'s route instead of `./other.mdx` [docs:link]',
      'docs/guide/README.mdx:30:41-30:56: error Cannot find page `/missing`: no doc has the route /missing in the en build, and no static file or generated route matches [docs:link]',
      'docs/guide/_part.mdx:1:1: warning No page imports this partial, directly or through another fragment; import it from a page or delete it [docs:unused-fragment]',
      'fragments/_links.mdx:1:39-1:74: error Cannot link to the file `../docs/guide/other.mdx` from a shared fragment: Docusaurus resolves file links only in docs/; link by route `/guide/other` [docs:link]',
      'i18n/ko/docusaurus-plugin-content-docs/current/guide/README.mdx:11:3-11:21: error Cannot find `./other.mdx` in the ko build: Docusaurus resolves a translation\'s file links in its own folder, where i18n/ko/docusaurus-plugin-content-docs/current/guide/other.mdx does not exist; translate docs/guide/other.mdx or link by route `/guide/other` [docs:link]',
    ]);
  });
});
