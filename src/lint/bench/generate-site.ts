import fs from 'node:fs';
import path from 'node:path';
import { contentHash, writeMarker } from '../../i18n-status/marker';
import { defaultLocale, locales, translatedLocales } from '../../lib/locales';
import { localizedPathOf } from '../../lib/site-files';

/** The shape of a synthetic site. */
export type SyntheticSiteOptions = {
  /** Where to write it (created; must not exist or be empty). */
  readonly dir: string;
  /** Number of guides (`docs/quick-starts/guide-<n>/`). */
  readonly guides: number;
  /** Number of shared fragments. */
  readonly fragments: number;
  /** Break about one file in twenty: typo'd anchors and routes, a missing import, a parse error, a drifted slug. */
  readonly broken: boolean;
};

/** What was generated. */
export type SyntheticSite = {
  /** Content files written (all locales). */
  readonly files: number;
  /** Links written (Markdown and JSX, all locales). */
  readonly links: number;
};

const sectionIds = ['prerequisites', 'installation', 'configuration', 'sign-in', 'sign-out', 'user-information', 'api-resources', 'troubleshooting'];

function write(dir: string, relative: string, value: string): void {
  const filePath = path.join(dir, relative);
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  fs.writeFileSync(filePath, value);
}

const fence = (index: number): string =>
  [
    '```ts title="app/logto.ts"',
    `// Step ${index}: configure the client.`,
    "import { LogtoClient } from '@logto/next';",
    `export const client${index} = new LogtoClient({ endpoint: 'https://tenant.logto.app' });`,
    '```',
  ].join('\n');

/** One guide page: front matter, imports, sections with ids, links to other guides and anchors. */
function guidePage(guide: number, options: SyntheticSiteOptions, counter: { links: number }): string {
  const lines = [
    '---',
    `slug: /quick-starts/guide-${guide}`,
    `sidebar_label: Guide ${guide}`,
    'sidebar_custom_props:',
    '  logoFilename: logo.svg',
    `  description: Add sign-in to app number ${guide}.`,
    '---',
    '',
    "import Link from '@docusaurus/Link';",
    `import Install from '@fragments/_fragment-${guide % options.fragments}.mdx';`,
    `import Shared from '@fragments/_fragment-${(guide + 1) % options.fragments}.mdx';`,
    "import Integration from './_integration.mdx';",
    "import Usage from './_usage.mdx';",
    '',
    `# Guide ${guide}`,
    '',
  ];
  sectionIds.forEach((id, index) => {
    lines.push(`## Section ${id} \\{#${id}}`, '');
    const other = (guide + index + 1) % options.guides;
    lines.push(
      `Read [the ${id} of guide ${other}](/quick-starts/guide-${other}#${sectionIds[(index + 3) % sectionIds.length]}) ` +
        `and [this page's installation](#installation), then see [the integration](#integrate-${guide}).`,
      '',
    );
    counter.links += 3;
    if (index % 2 === 0) {
      lines.push(fence(index), '');
    }
  });
  lines.push(
    `<Install packageName="@logto/guide-${guide}" />`,
    '',
    `<Shared packageName="@logto/shared-${guide}" />`,
    '',
    '<Integration />',
    '',
    '<Usage />',
    '',
    `<Link to="/quick-starts/guide-${(guide + 7) % options.guides}#sign-in">Sign in elsewhere</Link>`,
    '',
  );
  counter.links += 1;
  return lines.join('\n');
}

/** A guide's partial with its own headings and links. */
function partial(guide: number, name: string, options: SyntheticSiteOptions, counter: { links: number }): string {
  const other = (guide + 3) % options.guides;
  counter.links += 2;
  return [
    `### ${name} for guide ${guide} \\{#${name}-${guide}}`,
    '',
    `Continue with [guide ${other}](/quick-starts/guide-${other}#configuration) or [go back up](#prerequisites).`,
    '',
    fence(guide),
    '',
  ].join('\n');
}

/** A shared fragment that reads a prop and has a heading. */
function fragment(index: number, counter: { links: number }): string {
  counter.links += 1;
  return [
    `### Install package ${index} \\{#install-package-${index}}`,
    '',
    `Install <code>{props.packageName}</code> and read [the prerequisites](#prerequisites).`,
    '',
    '```bash',
    '# Install the SDK',
    'npm install',
    '```',
    '',
  ].join('\n');
}

/** A translation: the same ids, imports and fences; only prose changes (a marker per locale). */
const translate = (value: string, locale: string): string =>
  value
    .split('\n')
    .map((line) => (/^(#{1,6} |[A-Z][a-z]+ )/.test(line) && !line.startsWith('import') ? line.replace(/([A-Za-z]+)/, `$1 (${locale})`) : line))
    .join('\n');

/** Breaks a file in one of a few realistic ways (only in the broken tree). */
function breakFile(value: string, index: number): string {
  switch (index % 5) {
    case 0:
      return value.replace('#configuration)', '#configuraton)');
    case 1:
      return value.replace('/quick-starts/guide-', '/quick-start/guide-');
    case 2:
      return value.replace("'./_usage.mdx'", "'./_usage-missing.mdx'");
    case 3:
      return value.replace('<Usage />', '<Usage>');
    default:
      return value.replace(/^slug: \/quick-starts\/(.*)$/m, 'slug: /quick-starts/$1-drifted');
  }
}

/**
 * Writes a synthetic site: `guides` guides and `fragments` fragments, mirrored in all nine locales,
 * each translation marked current with the English file as written (`i18n-source`).
 */
export function generateSite(options: SyntheticSiteOptions): SyntheticSite {
  const counter = { links: 0 };
  const english = new Map<string, string>();
  for (let guide = 0; guide < options.guides; guide++) {
    const folder = `docs/quick-starts/guide-${guide}`;
    english.set(`${folder}/README.mdx`, guidePage(guide, options, counter));
    english.set(`${folder}/_integration.mdx`, partial(guide, 'integrate', options, counter));
    english.set(`${folder}/_usage.mdx`, partial(guide, 'usage', options, counter));
  }
  for (let index = 0; index < options.fragments; index++) {
    english.set(`fragments/_fragment-${index}.mdx`, fragment(index, counter));
  }
  english.set('docs/README.mdx', ['---', 'slug: /', '---', '', '# Synthetic site', '', '[All guides](/quick-starts/guide-0)', ''].join('\n'));
  write(options.dir, 'package.json', JSON.stringify({ name: 'synthetic', private: true, dependencies: { react: '*' } }));
  write(options.dir, 'static/img/logos/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  let files = 0;
  let index = 0;
  const linksPerLocale = counter.links;
  // Hashes of the English files as written, broken ones included: their translations are current with them.
  const englishHashes = new Map<string, string>();
  // English first, so that every translation finds its source's hash.
  for (const locale of [defaultLocale, ...translatedLocales]) {
    for (const [relative, value] of english) {
      const isEnglish = locale === defaultLocale;
      let text = isEnglish ? value : writeMarker(translate(value, locale), englishHashes.get(relative)!);
      index++;
      if (options.broken && index % 20 === 0) {
        text = breakFile(text, index / 20);
      }
      if (isEnglish) {
        englishHashes.set(relative, contentHash(text));
      }
      write(options.dir, localizedPathOf(relative, locale), text);
      files++;
    }
  }
  return { files, links: linksPerLocale * locales.length + locales.length };
}
