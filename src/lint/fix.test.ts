import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFixes, writeFixes } from './fix';
import { lintSite } from './lint-site';
import { fixturesDir, formatMessages } from './testing/lint-fixture';

const korean = 'i18n/ko/docusaurus-plugin-content-docs/current';
let siteDir: string;
const read = (relative: string): string => fs.readFileSync(path.join(siteDir, relative), 'utf8');
const lint = () => lintSite({ siteDir, locales: ['en', 'ko'], rules: { 'docs:missing-translation': 'off' } });

beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-lint-fix-'));
  fs.cpSync(path.join(fixturesDir, 'fix-heading-ids'), siteDir, { recursive: true });
});

afterEach(() => {
  fs.rmSync(siteDir, { recursive: true, force: true });
});

describe('--fix', () => {
  it('derives missing English ids from the heading text and copies them into an aligned translation', async () => {
    const untouched = read(`${korean}/plain.md`);
    const plan = planFixes((await lint()).site);
    expect(plan.fixes.map((fix) => [fix.relative, fix.ids])).toEqual([
      ['docs/guide.mdx', ['install-the-sdk', 'whats-next', 'install-the-sdk-1']],
      ['docs/plain.md', ['plain-section', 'setext-section']],
      ['fragments/_frag.mdx', ['fragment-heading']],
      [`${korean}/guide.mdx`, ['install-the-sdk', 'whats-next', 'install-the-sdk-1']],
    ]);
    expect(plan.leftAlone).toEqual([
      'docs/guide.mdx:15: heading `設定` has no ASCII text to derive an id from; add one by hand',
      'docs/guide.mdx:17: id `#Bad_Id` is not kebab-case; rename it and its links by hand',
      `${korean}/guide.mdx:15: its English heading has no id yet; add both by hand`,
      `${korean}/plain.md: its 3 level-2+ headings do not align one-to-one with the 2 of docs/plain.md; add its ids by hand`,
    ]);
    writeFixes((await lint()).site, plan);
    expect(read('docs/guide.mdx')).toBe(
      [
        "import Frag from '@fragments/_frag.mdx';",
        '',
        '# Guide',
        '',
        '## Install the SDK \\{#install-the-sdk}',
        '',
        '```md',
        '## Not a heading, inside a fence',
        '```',
        '',
        '## Configure \\{#configure}',
        '',
        "### What's next? \\{#whats-next}",
        '',
        '## 設定',
        '',
        '## Bad \\{#Bad_Id}',
        '',
        '## Install the SDK \\{#install-the-sdk-1}',
        '',
        '<Frag />',
        '',
      ].join('\n'),
    );
    expect(read('docs/plain.md')).toBe(
      ['# Plain', '', '## Plain section {#plain-section}', '', 'Setext section {#setext-section}', '--------------', ''].join('\n'),
    );
    expect(read(`${korean}/guide.mdx`)).toContain('## SDK 설치 \\{#install-the-sdk}\n');
    expect(read(`${korean}/guide.mdx`)).toContain('### 다음 단계 \\{#whats-next}\n');
    expect(read(`${korean}/guide.mdx`)).toContain('```md\n## Not a heading, inside a fence\n```\n');
    expect(read(`${korean}/plain.md`)).toBe(untouched);
  });

  it('leaves only what it could not align for the next run to report', async () => {
    const { site } = await lint();
    writeFixes(site, planFixes(site));
    expect(formatMessages((await lint()).reported).filter((message) => message.endsWith('[docs:heading-id]'))).toEqual([
      'docs/guide.mdx:15:1-15:6: error Heading `設定` has no explicit id; add an ASCII id such as `\\{#section-name}` [docs:heading-id]',
      'docs/guide.mdx:17:8-17:18: error Heading id `#Bad_Id` is not lowercase ASCII kebab-case; expected `#bad-id` (rename its links too) [docs:heading-id]',
      `${korean}/guide.mdx:15:1-15:6: error Heading \`설정\` has no explicit id; add the id of the matching English heading (docs/guide.mdx) [docs:heading-id]`,
      `${korean}/guide.mdx:17:8-17:18: error Heading id \`#Bad_Id\` is not lowercase ASCII kebab-case; expected \`#bad-id\` (rename its links too) [docs:heading-id]`,
      `${korean}/plain.md:3:1-3:9: error Heading \`일반 섹션\` has no explicit id; add the id of the matching English heading (docs/plain.md) [docs:heading-id]`,
      `${korean}/plain.md:5:1-5:9: error Heading \`추가 섹션\` has no explicit id; add the id of the matching English heading (docs/plain.md) [docs:heading-id]`,
      `${korean}/plain.md:7:1-7:8: error Heading \`세 번째\` has no explicit id; add the id of the matching English heading (docs/plain.md) [docs:heading-id]`,
    ]);
  });
});
