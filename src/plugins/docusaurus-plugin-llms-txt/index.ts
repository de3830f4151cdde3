import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { composeMarkdown } from '../../lib/compose-markdown';
import { markdownPathOf } from '../../lib/markdown-path';

/** One page as listed in llms.txt. */
export type LlmsPage = {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page's Markdown copy. */
  readonly markdownUrl: string;
  /** The composed Markdown. */
  readonly markdown: string;
};

/** Renders llms.txt: the site's title and summary, then one link per page to its Markdown copy. */
export function renderLlmsTxt(options: { readonly title: string; readonly summary: string; readonly pages: readonly LlmsPage[] }): string {
  const lines = [`# ${options.title}`, '', `> ${options.summary}`, '', '## Docs', ''];
  for (const page of options.pages) {
    lines.push(`- [${page.title}](${page.markdownUrl})${page.description ? `: ${page.description}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Renders llms-full.txt: every page's composed Markdown, one after the other. */
export function renderLlmsFullTxt(options: { readonly title: string; readonly pages: readonly LlmsPage[] }): string {
  return `# ${options.title}\n\n${options.pages.map((page) => `${page.markdown.trim()}\n\nSource: ${page.markdownUrl}\n`).join('\n---\n\n')}`;
}

/**
 * After each locale's build, writes a Markdown copy of every doc next to its HTML (`/quick-starts/next.md`),
 * with fragments composed rather than imported, plus `llms.txt` and `llms-full.txt` for that locale.
 */
export default function pluginLlmsTxt(context: LoadContext): Plugin {
  const { siteDir, siteConfig } = context;
  return {
    name: 'docusaurus-plugin-llms-txt',
    async postBuild({ outDir, plugins, baseUrl }) {
      const docsPlugin = plugins.find((plugin) => plugin.name === 'docusaurus-plugin-content-docs');
      const content = docsPlugin?.content as LoadedContent | undefined;
      const docs = content?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const origin = siteConfig.url.replace(/\/$/u, '');
      const localeRoot = `${origin}${baseUrl.replace(/\/$/u, '')}`;
      const toAbsolute = (url: string) => (url.startsWith('/') ? `${localeRoot}${url}` : url);
      const pages: LlmsPage[] = [];
      for (const doc of [...docs].sort((a, b) => a.permalink.localeCompare(b.permalink))) {
        const filePath = path.join(siteDir, doc.source.replace(/^@site\//u, ''));
        const { markdown } = composeMarkdown({ siteDir, filePath, resolveUrl: toAbsolute });
        const relative = markdownPathOf(doc.permalink, baseUrl);
        await fs.mkdir(path.dirname(path.join(outDir, relative)), { recursive: true });
        await fs.writeFile(path.join(outDir, relative), markdown);
        pages.push({ title: doc.title, description: doc.description, markdownUrl: `${localeRoot}/${relative}`, markdown });
      }
      const title = siteConfig.title;
      await fs.writeFile(path.join(outDir, 'llms.txt'), renderLlmsTxt({ title, summary: siteConfig.tagline, pages }));
      await fs.writeFile(path.join(outDir, 'llms-full.txt'), renderLlmsFullTxt({ title, pages }));
    },
  };
}
