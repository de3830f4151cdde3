import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileImports, programImports, resolveContentImport } from './page-composition';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).parse(text);

describe('fileImports', () => {
  const tree = parse(
    [
      "import Install, { toc as installToc } from '@fragments/shared/_install.mdx';",
      "import './styles.css';",
      "export const answer = 42;",
      '',
      '# Title',
      '',
      '<Install sdk="next" />',
      '',
      "import * as Parts from '../_parts.mdx';",
      "import Tabs from '@theme/Tabs';",
      '',
    ].join('\n'),
  );

  it('reads every import declaration of every ESM block, in source order, and nothing else', () => {
    expect(fileImports(tree).map(({ specifier, locals, defaultLocal }) => ({ specifier, locals, defaultLocal }))).toEqual([
      { specifier: '@fragments/shared/_install.mdx', locals: ['Install', 'installToc'], defaultLocal: 'Install' },
      { specifier: './styles.css', locals: [], defaultLocal: undefined },
      { specifier: '../_parts.mdx', locals: ['Parts'], defaultLocal: undefined },
      { specifier: '@theme/Tabs', locals: ['Tabs'], defaultLocal: 'Tabs' },
    ]);
  });

  it('hands over the declaration with its place in the file', () => {
    const parts = fileImports(tree)[2]!;
    expect(parts.declaration.type).toBe('ImportDeclaration');
    expect(parts.declaration.loc?.start).toMatchObject({ line: 9, column: 0 });
  });

  it('reads one program alone, and finds nothing in a file without ESM', () => {
    const second = tree.children.filter((node) => node.type === 'mdxjsEsm')[1];
    expect(second?.type === 'mdxjsEsm' && second.data?.estree ? programImports(second.data.estree).map((item) => item.specifier) : []).toEqual([
      '../_parts.mdx',
      '@theme/Tabs',
    ]);
    expect(fileImports(parse('# Only text\n\n<Tabs />\n'))).toEqual([]);
  });
});

describe('resolveContentImport', () => {
  let siteDir: string;
  const write = (relative: string): void => {
    fs.mkdirSync(path.dirname(path.join(siteDir, relative)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, relative), '# Part\n');
  };
  beforeAll(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-composition-'));
    write('fragments/shared/_install.mdx');
    write('fragments/shared/_note.mdx');
    write('i18n/ko/fragments/shared/_install.mdx');
  });
  afterAll(() => fs.rmSync(siteDir, { recursive: true, force: true }));

  const englishPage = () => path.join(siteDir, 'docs/next/README.mdx');
  const koreanPage = () => path.join(siteDir, 'i18n/ko/docusaurus-plugin-content-docs/current/next/README.mdx');
  const resolve = (importer: string, specifier: string, fileExists?: (filePath: string) => boolean) =>
    resolveContentImport({ siteDir, importer, specifier, fileExists });

  it('resolves relative imports from the importer and @site/ imports from the site, existing or not', () => {
    expect(resolve(englishPage(), './_local.mdx')).toBe(path.join(siteDir, 'docs/next/_local.mdx'));
    expect(resolve(koreanPage(), '../shared/_part.md')).toBe(
      path.join(siteDir, 'i18n/ko/docusaurus-plugin-content-docs/current/shared/_part.md'),
    );
    expect(resolve(englishPage(), '@site/fragments/shared/_note.mdx')).toBe(path.join(siteDir, 'fragments/shared/_note.mdx'));
  });

  it("resolves @fragments/ by the importer's locale, falling back to English where the locale has no copy", () => {
    expect(resolve(englishPage(), '@fragments/shared/_install.mdx')).toBe(path.join(siteDir, 'fragments/shared/_install.mdx'));
    expect(resolve(koreanPage(), '@fragments/shared/_install.mdx')).toBe(path.join(siteDir, 'i18n/ko/fragments/shared/_install.mdx'));
    expect(resolve(koreanPage(), '@fragments/shared/_note.mdx')).toBe(path.join(siteDir, 'fragments/shared/_note.mdx'));
  });

  it('asks the given fileExists, not the disk, whether a localized fragment exists', () => {
    const nothing = () => false;
    expect(resolve(koreanPage(), '@fragments/shared/_install.mdx', nothing)).toBe(path.join(siteDir, 'fragments/shared/_install.mdx'));
    const everything = () => true;
    expect(resolve(koreanPage(), '@fragments/shared/_note.mdx', everything)).toBe(path.join(siteDir, 'i18n/ko/fragments/shared/_note.mdx'));
  });

  it('leaves every other specifier alone', () => {
    for (const specifier of ['react', '@theme/Tabs', '@docusaurus/Link', '/abs/_part.mdx', '.hidden.mdx', 'fragments/shared/_note.mdx']) {
      expect(resolve(englishPage(), specifier)).toBeUndefined();
    }
  });
});
