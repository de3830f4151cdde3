import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStatus, pageStatuses } from './status';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

/** Hashes of the English files of `mixed-status`, as `sha256sum` prints them (first 12 hex). */
const hashes = {
  nextPage: 'sha256-a3db4ec51d6d',
  nextIntegration: 'sha256-d0bdcaa9db07',
  guidePage: 'sha256-8b89c6ef791e',
  checkpoint: 'sha256-7e9cde7ce0fa',
  signIn: 'sha256-2791e25707eb',
};

const koDocs = 'i18n/ko/docusaurus-plugin-content-docs/current';

describe('loadStatus', () => {
  const report = loadStatus({ siteDir: fixture('mixed-status'), locales: ['ko', 'ja'] });
  const [ko, ja] = report.locales;

  it('sorts every English file of a locale into current, outdated or missing', () => {
    expect(ko).toEqual({
      locale: 'ko',
      total: 5,
      counts: { current: 2, outdated: 2, missing: 1 },
      percent: 40,
      current: [
        { source: 'docs/quick-starts/next/README.mdx', translation: `${koDocs}/quick-starts/next/README.mdx`, kind: 'page', sourceHash: hashes.nextPage, state: 'current' },
        { source: 'docs/quick-starts/가이드/README.mdx', translation: `${koDocs}/quick-starts/가이드/README.mdx`, kind: 'page', sourceHash: hashes.guidePage, state: 'current' },
      ],
      outdated: [
        {
          source: 'docs/quick-starts/next/_integration.mdx',
          translation: `${koDocs}/quick-starts/next/_integration.mdx`,
          kind: 'partial',
          sourceHash: hashes.nextIntegration,
          state: 'outdated',
          reason: 'changed',
          markedHash: 'sha256-000000000000',
        },
        {
          source: 'fragments/_checkpoint.mdx',
          translation: 'i18n/ko/fragments/_checkpoint.mdx',
          kind: 'fragment',
          sourceHash: hashes.checkpoint,
          state: 'outdated',
          reason: 'unmarked',
        },
      ],
      missing: [
        { source: 'fragments/with space/_sign in.mdx', translation: 'i18n/ko/fragments/with space/_sign in.mdx', kind: 'fragment', sourceHash: hashes.signIn, state: 'missing' },
      ],
      orphans: ['i18n/ko/fragments/_removed.mdx'],
    });
  });

  it('reports a locale without translations as all missing', () => {
    expect(ja?.counts).toEqual({ current: 0, outdated: 0, missing: 5 });
    expect(ja?.percent).toBe(0);
    expect(ja?.missing.map((file) => file.translation)).toEqual([
      'i18n/ja/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx',
      'i18n/ja/docusaurus-plugin-content-docs/current/quick-starts/next/_integration.mdx',
      'i18n/ja/docusaurus-plugin-content-docs/current/quick-starts/가이드/README.mdx',
      'i18n/ja/fragments/_checkpoint.mdx',
      'i18n/ja/fragments/with space/_sign in.mdx',
    ]);
    expect(ja?.orphans).toEqual([]);
  });

  it('lists the pages that render each partial and fragment, through @fragments and relative imports', () => {
    expect(report.usedBy).toEqual({
      'docs/quick-starts/next/_integration.mdx': ['docs/quick-starts/next/README.mdx'],
      'fragments/_checkpoint.mdx': ['docs/quick-starts/next/README.mdx', 'docs/quick-starts/가이드/README.mdx'],
      'fragments/with space/_sign in.mdx': ['docs/quick-starts/next/README.mdx'],
    });
    expect(report.composition['docs/quick-starts/next/README.mdx']).toEqual([
      'docs/quick-starts/next/README.mdx',
      'docs/quick-starts/next/_integration.mdx',
      'fragments/_checkpoint.mdx',
      'fragments/with space/_sign in.mdx',
    ]);
  });

  it('marks a translated page outdated when a file it renders is outdated or still English', () => {
    expect(pageStatuses(report, ko!)).toEqual({
      missing: [],
      outdated: {
        'docs/quick-starts/next/README.mdx': [
          { source: 'docs/quick-starts/next/_integration.mdx', state: 'outdated' },
          { source: 'fragments/_checkpoint.mdx', state: 'outdated' },
          { source: 'fragments/with space/_sign in.mdx', state: 'missing' },
        ],
        'docs/quick-starts/가이드/README.mdx': [{ source: 'fragments/_checkpoint.mdx', state: 'outdated' }],
      },
    });
    expect(pageStatuses(report, ja!)).toEqual({
      missing: ['docs/quick-starts/next/README.mdx', 'docs/quick-starts/가이드/README.mdx'],
      outdated: {},
    });
  });
});
