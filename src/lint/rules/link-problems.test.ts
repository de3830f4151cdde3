import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config';
import { lintFiles } from '../lint-site';
import type { Site } from '../site';
import { reportLinkProblems, type LinkProblem } from './link-problems';

const siteDir = path.join(path.sep, 'link-problems-site');

const page = (slug: string): string =>
  `---\nslug: ${slug}\n---\n\nimport Shared from '@fragments/_shared.mdx';\n\n# Page\n\n<Shared />\n`;

/** Two pages render one fragment; another fragment is rendered by none; one file does not parse. */
const files = {
  'docs/a.mdx': page('/a'),
  'docs/b.mdx': page('/b'),
  'fragments/_shared.mdx': '## Shared \\{#shared}\n\n[same](#nope), [gone](/missing), [web](https://example.com).\n',
  'fragments/_alone.mdx': 'See [this](#top).\n',
  'fragments/_broken.mdx': '<div>\n\n[lost](#lost)\n',
};

function loadSite(): Site {
  const config = resolveConfig({ siteDir, locales: ['en'] });
  return lintFiles(
    Object.entries(files).map(([relative, value]) => new VFile({ cwd: siteDir, path: relative, value })),
    config,
  );
}

/** Runs the helper on a fresh copy of a loaded file (so only its messages are seen) and returns them. */
function report(site: Site, relative: string, problemOf: LinkProblem): string[] {
  const file = new VFile({ cwd: siteDir, path: relative, data: { docsFacts: site.entries.get(relative)?.file.data.docsFacts } });
  reportLinkProblems(file, site, problemOf);
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
}

describe('reportLinkProblems', () => {
  const site = loadSite();

  it('resolves every link in every page that renders the file, link by link', () => {
    const calls: string[] = [];
    report(site, 'fragments/_shared.mdx', (resolution, context, from) => {
      calls.push(`${resolution.kind} in ${context.page} (${context.route}) from ${from.relative}`);
      return undefined;
    });
    expect(calls).toEqual([
      'same-page in docs/a.mdx (/a) from fragments/_shared.mdx',
      'same-page in docs/b.mdx (/b) from fragments/_shared.mdx',
      'broken in docs/a.mdx (/a) from fragments/_shared.mdx',
      'broken in docs/b.mdx (/b) from fragments/_shared.mdx',
      'skip in docs/a.mdx (/a) from fragments/_shared.mdx',
      'skip in docs/b.mdx (/b) from fragments/_shared.mdx',
    ]);
  });

  it('reports each distinct problem of a link once, at the link, in context order', () => {
    const sameEverywhere = report(site, 'fragments/_shared.mdx', (resolution) =>
      resolution.kind === 'skip' ? undefined : `problem: ${resolution.kind}`,
    );
    expect(sameEverywhere).toEqual(['3:1 problem: same-page', '3:16 problem: broken']);
    const perPage = report(site, 'fragments/_shared.mdx', (resolution, context) =>
      resolution.kind === 'broken' ? `broken in ${context.route}` : undefined,
    );
    expect(perPage).toEqual(['3:16 broken in /a', '3:16 broken in /b']);
  });

  it('checks a fragment no page renders in a context of its own, and skips a file that did not parse', () => {
    const calls: string[] = [];
    const messages = report(site, 'fragments/_alone.mdx', (resolution, context, from) => {
      calls.push(`${resolution.kind} in ${context.page} (${context.locale}) from ${from.relative}`);
      return 'found';
    });
    expect(calls).toEqual(['same-page in undefined (en) from fragments/_alone.mdx']);
    expect(messages).toEqual(['1:5 found']);
    expect(site.entries.get('fragments/_broken.mdx')?.file.data.docsFacts?.degraded).toBe(true);
    expect(report(site, 'fragments/_broken.mdx', () => 'found')).toEqual([]);
  });
});
