import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../lib/locales';
import { resolveConfig } from './config';
import { exitCodeOf, lintSite, summarize } from './lint-site';
import { fixturesDir, formatMessages, lintFixture } from './testing/lint-fixture';

describe('lintSite', () => {
  it('passes a clean English and Korean site with no message at all', async () => {
    expect(
      await lintFixture('clean-site', { rules: { 'docs:missing-translation': 'info', 'docs:translation-outdated': 'warning' } }),
    ).toEqual([]);
  });

  it('lists the untranslated pages and fragments of every locale as info, which never fails a run', async () => {
    const result = await lintSite({ siteDir: path.join(fixturesDir, 'clean-site') });
    expect(result.config.locales).toEqual(locales);
    expect(formatMessages(result.reported)).toEqual([
      'docs/README.mdx:1:1: info Not translated into ja, zh-CN, zh-TW, de, es, fr and pt-BR: readers of those locales see English; add i18n/<locale>/docusaurus-plugin-content-docs/current/README.mdx [docs:missing-translation]',
      'docs/quick-starts/demo/README.mdx:1:1: info Not translated into ja, zh-CN, zh-TW, de, es, fr and pt-BR: readers of those locales see English; add i18n/<locale>/docusaurus-plugin-content-docs/current/quick-starts/demo/README.mdx [docs:missing-translation]',
      'fragments/_install.mdx:1:1: info Not translated into ja, zh-CN, zh-TW, de, es, fr and pt-BR: readers of those locales see English; add i18n/<locale>/fragments/_install.mdx [docs:missing-translation]',
    ]);
    expect(exitCodeOf(summarize(result.reported), { strict: true })).toBe(0);
  });

  it('takes the severity of each rule from the configuration', async () => {
    expect(
      await lintFixture('broken-anchor-in-fragment', {
        rules: { 'docs:anchor': 'warning', 'docs:guide-front-matter': 'off', 'docs:translation-headings': 'info' },
      }),
    ).toEqual([
      'docs/quick-starts/next/README.mdx:15:3-15:27: warning Cannot find heading `#instal` in /quick-starts/next (did you mean `#install`?) [docs:anchor]',
      'docs/quick-starts/next/README.mdx:17:3-17:60: warning Cannot find heading `#deploy` in /quick-starts/other; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
      'fragments/next/_installation.mdx:3:6-3:25: warning Cannot find heading `#run` in /quick-starts/next; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
      'i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx:15:3-15:20: warning Cannot find heading `#install` in /quick-starts/next (did you mean `#installation`?) [docs:anchor]',
      'i18n/ko/fragments/next/_installation.mdx:1:1-1:23: info Heading 1 is level 2 `#installation`, expected level 2 `#install` as in fragments/next/_installation.mdx:1:1; a translation keeps the English ids, order and levels [docs:translation-headings]',
      'i18n/ko/fragments/next/_installation.mdx:3:5-3:18: warning Cannot find heading `#run` in /quick-starts/next; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
    ]);
  });

  it('fails on errors, on warnings only when strict, never on info', async () => {
    expect(exitCodeOf({ errors: 1, warnings: 0, infos: 0 }, { strict: false })).toBe(1);
    expect(exitCodeOf({ errors: 0, warnings: 2, infos: 0 }, { strict: false })).toBe(0);
    expect(exitCodeOf({ errors: 0, warnings: 2, infos: 0 }, { strict: true })).toBe(1);
    expect(exitCodeOf({ errors: 0, warnings: 0, infos: 5 }, { strict: true })).toBe(0);
  });

  it('reports only the files under the given paths while checking against the whole site', async () => {
    const result = await lintSite({
      siteDir: path.join(fixturesDir, 'broken-anchor-in-fragment'),
      locales: ['en', 'ko'],
      only: ['fragments'],
    });
    expect(result.files).toHaveLength(6);
    expect(formatMessages(result.reported)).toEqual([
      'fragments/next/_installation.mdx:3:6-3:25: error Cannot find heading `#run` in /quick-starts/next; link to one of its heading ids, or give the heading you mean this id [docs:anchor]',
    ]);
  });

  it('rejects a configuration it does not understand, naming the field', async () => {
    expect(() => resolveConfig({ rules: { 'docs:nope': 'error' } })).toThrow(/^Unknown rule `docs:nope` in `rules`/);
    expect(() => resolveConfig({ rules: { 'docs:anchor': 'loud' } })).toThrow(
      'Expected the severity of `docs:anchor` to be off, info, warning or error, not `loud`',
    );
    expect(() => resolveConfig({ rules: { 'docs:parse': 'off' } })).toThrow('`docs:parse` is always an error');
    expect(() => resolveConfig({ extraRoutes: '/x' })).toThrow('Expected `extraRoutes` to be an array of strings');
    expect(() => resolveConfig('strict')).toThrow('Expected the docs checker options to be an object');
  });
});
