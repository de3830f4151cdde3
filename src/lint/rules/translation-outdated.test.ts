import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStatus } from '../../i18n-status';
import { lintSite } from '../lint-site';
import { fixturesDir, formatMessages } from '../testing/lint-fixture';

const siteDir = path.join(fixturesDir, 'translation-outdated');
const korean = 'i18n/ko/docusaurus-plugin-content-docs/current';
/** The fixture's locales, with the rule at its default severity. */
const options = { locales: ['en', 'ko'], rules: { 'docs:missing-translation': 'off' } } as const;

describe('docs:translation-outdated', () => {
  it('warns on a translation whose marker names an older English version, is malformed or is missing', async () => {
    const result = await lintSite({ ...options, siteDir });
    expect(formatMessages(result.reported)).toEqual([
      'i18n/ja/fragments/_note.mdx:1:1: error Locale `ja` is not a locale of the site (en and ko); move the file to a configured locale or add the locale to src/lib/locales.ts [docs:orphan-translation]',
      `${korean}/broken.mdx:3:1-3:7: error Cannot parse MDX: Expected a closing tag for \`<Tabs>\` (3:1-3:7); close the element or make it self-closing (\`<Name />\`) [docs:parse]`,
      `${korean}/broken.mdx:7:1-7:41: warning Translated from an older English version (marker \`sha256-c952408abae0\`, English now \`sha256-fbfb7dc44bf0\`); compare with docs/broken.mdx and run \`npm run i18n:mark-current -- ${korean}/broken.mdx\` once reviewed [docs:translation-outdated]`,
      `${korean}/getting started.mdx:1:1: warning No i18n-source marker, so the English version it was translated from is unknown; compare with docs/getting started.mdx and run \`npm run i18n:mark-current -- '${korean}/getting started.mdx'\` once reviewed [docs:translation-outdated]`,
      `${korean}/notes.md:5:1-5:41: warning Translated from an older English version (marker \`sha256-104d0be5de30\`, English now \`sha256-74d6cc1a0707\`); compare with docs/notes.md and run \`npm run i18n:mark-current -- ${korean}/notes.md\` once reviewed [docs:translation-outdated]`,
      'i18n/ko/fragments/_gone.mdx:1:1: error Translation has no English source: expected fragments/_gone.mdx; rename it after its English file or delete it (did you mean `fragments/_note.mdx`?) [docs:orphan-translation]',
      'i18n/ko/fragments/_note.mdx:3:1-3:32: warning Malformed i18n-source marker (expected `{/* i18n-source: sha256-<hex> */}`), so the English version it was translated from is unknown; compare with fragments/_note.mdx and run `npm run i18n:mark-current -- i18n/ko/fragments/_note.mdx` once reviewed [docs:translation-outdated]',
    ]);
  });

  it('finds outdated exactly the translations `npm run i18n:status` lists as outdated', async () => {
    const result = await lintSite({ ...options, siteDir });
    const warned = result.files
      .filter((file) => file.messages.some((message) => message.ruleId === 'translation-outdated'))
      .map((file) => file.path)
      .sort();
    const [korean] = loadStatus({ siteDir, locales: ['ko'] }).locales;
    expect(warned).toEqual(korean!.outdated.map((file) => file.translation).sort());
    expect(warned).toHaveLength(4);
  });

  it('checks a translation whose first pass is cached against the current text of its English source', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-lint-outdated-'));
    try {
      fs.cpSync(siteDir, copy, { recursive: true });
      // The cache lives in node_modules/.cache, and only for a site that has node_modules.
      fs.mkdirSync(path.join(copy, 'node_modules'));
      const guideMessages = async () => {
        const result = await lintSite({ ...options, siteDir: copy });
        return { parsed: result.parsed, messages: formatMessages(result.files).filter((line) => line.startsWith(`${korean}/guide.mdx`)) };
      };
      expect(await guideMessages()).toEqual({ parsed: 14, messages: [] });
      fs.appendFileSync(path.join(copy, 'docs/guide.mdx'), '\nSign out when you are done.\n');
      expect(await guideMessages()).toEqual({
        parsed: 1,
        messages: [
          `${korean}/guide.mdx:9:1-9:41: warning Translated from an older English version (marker \`sha256-6a4cddb7e78a\`, English now \`sha256-6e6adf9f497a\`); compare with docs/guide.mdx and run \`npm run i18n:mark-current -- ${korean}/guide.mdx\` once reviewed [docs:translation-outdated]`,
        ],
      });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
