import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config';
import type { FileFacts } from '../facts';
import { lintFiles } from '../lint-site';
import { englishSourceOf } from './options';

const siteDir = path.join(path.sep, 'english-source-site');
const korean = 'i18n/ko/docusaurus-plugin-content-docs/current';

const files = {
  'docs/guide.mdx': '---\nslug: /guide\n---\n\n# Guide\n\n## Install \\{#install}\n',
  [`${korean}/guide.mdx`]: '---\nslug: /guide\n---\n\n# 가이드\n\n## 설치 \\{#install}\n',
  'fragments/_note.mdx': '<div>\n\n## Note \\{#note}\n',
  'i18n/ko/fragments/_note.mdx': '## 참고 \\{#note}\n',
  'i18n/ko/fragments/_gone.mdx': '## 없음 \\{#gone}\n',
};

describe('englishSourceOf', () => {
  const site = lintFiles(
    Object.entries(files).map(([relative, value]) => new VFile({ cwd: siteDir, path: relative, value })),
    resolveConfig({ siteDir, locales: ['en', 'ko'] }),
  );
  const factsOf = (relative: string): FileFacts => site.entries.get(relative)!.file.data.docsFacts!;
  const sourceOf = (relative: string): string | undefined => englishSourceOf(site, factsOf(relative))?.content.relative;

  it('gives a translation the facts of the English file it mirrors', () => {
    expect(englishSourceOf(site, factsOf(`${korean}/guide.mdx`))).toBe(factsOf('docs/guide.mdx'));
    expect(sourceOf('i18n/ko/fragments/_note.mdx')).toBe('fragments/_note.mdx');
  });

  it('gives a source that did not parse as MDX, degraded, with its headings', () => {
    const source = englishSourceOf(site, factsOf('i18n/ko/fragments/_note.mdx'));
    expect(source?.degraded).toBe(true);
    expect(source?.headings.map((heading) => heading.id)).toEqual(['note']);
  });

  it('gives nothing for an English file or a translation without a source', () => {
    expect(sourceOf('docs/guide.mdx')).toBeUndefined();
    expect(sourceOf('fragments/_note.mdx')).toBeUndefined();
    expect(sourceOf('i18n/ko/fragments/_gone.mdx')).toBeUndefined();
  });
});
