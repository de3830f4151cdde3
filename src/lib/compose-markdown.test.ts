import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeMarkdown } from './compose-markdown';

const siteDir = path.join(__dirname, '__fixtures__/compose-fragments');

describe('composeMarkdown', () => {
  it('inlines fragments and partials with their props, flattens tabs and drops MDX syntax', () => {
    const { frontMatter, markdown } = composeMarkdown({
      siteDir,
      filePath: path.join(siteDir, 'docs/guide/README.mdx'),
      resolveUrl: (url) => (url.startsWith('/') ? `https://example.com${url}` : url),
    });
    expect(frontMatter).toEqual({ slug: '/guide', description: 'A guide.' });
    expect(markdown).toBe(
      [
        '# Guide',
        '',
        '## Install',
        '',
        'Install `@logto/next`:',
        '',
        '**npm**',
        '',
        '```bash',
        'npm install @logto/next',
        '```',
        '',
        '### Local part',
        '',
        'Only this guide says this.',
        '',
        ':::tip[English note]',
        'Shared in English.',
        ':::',
        '',
        'See [the other page](https://example.com/other) and  text.',
        '',
      ].join('\n'),
    );
  });

  it('composes a Korean page from Korean partials and fragments, falling back to English per fragment', () => {
    const { markdown } = composeMarkdown({
      siteDir,
      filePath: path.join(siteDir, 'i18n/ko/docusaurus-plugin-content-docs/current/guide/README.mdx'),
    });
    expect(markdown).toContain('## 설치\n\n`@logto/next`을(를) 설치합니다.');
    expect(markdown).toContain('### 로컬\n\n이 가이드만의 내용입니다.');
    expect(markdown).toContain(':::tip[English note]');
    expect(markdown).not.toContain('import');
  });
});
