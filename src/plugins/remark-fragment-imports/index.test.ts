import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkFragmentImports from '.';
import { localeOfFile, resolveFragmentImport } from './resolve';

const siteDir = path.join(path.sep, 'site');
const at = (...segments: string[]) => path.join(siteDir, ...segments);

/** A file system with only these files (relative to the site). */
const filesystem = (...files: string[]) => {
  const set = new Set(files.map((file) => at(file)));
  return (filePath: string) => set.has(filePath);
};

const fileExists = filesystem(
  'fragments/next/_installation.mdx',
  'fragments/_checkpoint.mdx',
  'i18n/ko/fragments/next/_installation.mdx',
);

describe('resolveFragmentImport', () => {
  it('gives an English page the English fragment', () => {
    expect(
      resolveFragmentImport({
        siteDir,
        importer: at('docs/quick-starts/next/README.mdx'),
        specifier: '@fragments/next/_installation.mdx',
        fileExists,
      }),
    ).toEqual({ filePath: at('fragments/next/_installation.mdx'), locale: 'en', fellBack: false });
  });

  it('gives a Korean page the Korean fragment where it exists', () => {
    expect(
      resolveFragmentImport({
        siteDir,
        importer: at('i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx'),
        specifier: '@fragments/next/_installation.mdx',
        fileExists,
      }),
    ).toEqual({ filePath: at('i18n/ko/fragments/next/_installation.mdx'), locale: 'ko', fellBack: false });
  });

  it('falls back to English when the Korean fragment is missing', () => {
    expect(
      resolveFragmentImport({
        siteDir,
        importer: at('i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx'),
        specifier: '@fragments/_checkpoint.mdx',
        fileExists,
      }),
    ).toEqual({ filePath: at('fragments/_checkpoint.mdx'), locale: 'en', fellBack: true });
  });

  it('resolves a localized fragment that imports another fragment in its own locale', () => {
    expect(
      resolveFragmentImport({
        siteDir,
        importer: at('i18n/ko/fragments/api-resources/_description.mdx'),
        specifier: '@fragments/next/_installation.mdx',
        fileExists,
      })?.filePath,
    ).toBe(at('i18n/ko/fragments/next/_installation.mdx'));
  });

  it('leaves other specifiers alone', () => {
    for (const specifier of ['./_integration.mdx', '@site/src/components/Tip', '@theme/Tabs', 'fragments/x.mdx']) {
      expect(resolveFragmentImport({ siteDir, importer: at('docs/a.mdx'), specifier, fileExists })).toBeUndefined();
    }
  });

  it('tells the locale of a file from its folder', () => {
    expect(localeOfFile(siteDir, at('docs/quick-starts/next/README.mdx'))).toBe('en');
    expect(localeOfFile(siteDir, at('fragments/_checkpoint.mdx'))).toBe('en');
    expect(localeOfFile(siteDir, at('i18n/zh-CN/fragments/_checkpoint.mdx'))).toBe('zh-CN');
    expect(localeOfFile(siteDir, at('i18n/code.json'))).toBe('en');
  });
});

/** Runs the remark plugin over an MDX file and returns the import sources it leaves in the ESM tree and text. */
function importsAfterPlugin(source: string, filePath: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFragmentImports, { siteDir, fileExists });
  const file = new VFile({ path: filePath, value: source });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return tree.children.flatMap((node) => {
    if (node.type !== 'mdxjsEsm') return [];
    const program = node.data?.estree;
    const sources = (program?.body ?? []).flatMap((statement) =>
      statement.type === 'ImportDeclaration' ? [String(statement.source.value)] : [],
    );
    return [{ value: node.value, sources }];
  });
}

const page = [
  "import Installation from '@fragments/next/_installation.mdx';",
  "import Checkpoint from '@fragments/_checkpoint.mdx';",
  "import Integration from './_integration.mdx';",
  '',
  '# Guide',
].join('\n');

describe('remarkFragmentImports', () => {
  it('keeps an untranslated page shown in a Korean build wholly English', () => {
    // Docusaurus renders docs/ for a page with no Korean file, so the importer is the English page.
    const [esm] = importsAfterPlugin(page, at('docs/quick-starts/next/README.mdx'));
    expect(esm!.sources).toEqual([
      at('fragments/next/_installation.mdx'),
      at('fragments/_checkpoint.mdx'),
      './_integration.mdx',
    ]);
    expect(esm!.value).not.toContain('i18n');
  });

  it('gives a Korean page Korean fragments and English only where Korean is missing', () => {
    const [esm] = importsAfterPlugin(
      page,
      at('i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx'),
    );
    expect(esm!.sources).toEqual([
      at('i18n/ko/fragments/next/_installation.mdx'),
      at('fragments/_checkpoint.mdx'),
      './_integration.mdx',
    ]);
    expect(esm!.value).toBe(
      [
        `import Installation from '${at('i18n/ko/fragments/next/_installation.mdx')}';`,
        `import Checkpoint from '${at('fragments/_checkpoint.mdx')}';`,
        "import Integration from './_integration.mdx';",
      ].join('\n'),
    );
  });
});
