import { describe, expect, it } from 'vitest';
import { markdownPathOf } from '../../lib/markdown-path';
import { renderLlmsFullTxt, renderLlmsTxt } from '.';

describe('markdownPathOf', () => {
  it('puts each route’s Markdown next to its HTML, per locale', () => {
    expect(markdownPathOf('/', '/')).toBe('index.md');
    expect(markdownPathOf('/quick-starts', '/')).toBe('quick-starts.md');
    expect(markdownPathOf('/ko/quick-starts/next', '/ko/')).toBe('quick-starts/next.md');
    expect(markdownPathOf('/ko/', '/ko/')).toBe('index.md');
  });
});

describe('llms.txt', () => {
  const pages = [
    { title: 'Next.js', description: 'Server actions.', markdownUrl: 'https://x.dev/quick-starts/next.md', markdown: '# Next.js\n\nBody.\n' },
    { title: 'Intro', description: '', markdownUrl: 'https://x.dev/index.md', markdown: '# Intro\n' },
  ];

  it('lists every page with a link to its Markdown copy', () => {
    expect(renderLlmsTxt({ title: 'Site', summary: 'About.', pages })).toBe(
      '# Site\n\n> About.\n\n## Docs\n\n- [Next.js](https://x.dev/quick-starts/next.md): Server actions.\n- [Intro](https://x.dev/index.md)\n',
    );
  });

  it('concatenates every page in llms-full.txt', () => {
    expect(renderLlmsFullTxt({ title: 'Site', pages })).toBe(
      '# Site\n\n# Next.js\n\nBody.\n\nSource: https://x.dev/quick-starts/next.md\n\n---\n\n# Intro\n\nSource: https://x.dev/index.md\n',
    );
  });
});
