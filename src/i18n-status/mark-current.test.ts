import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markCurrent, translationsOf } from './mark-current';
import { loadStatus } from './status';

const fixture = path.join(__dirname, '__fixtures__', 'mixed-status');
const koDocs = 'i18n/ko/docusaurus-plugin-content-docs/current';
const marker = (hash: string) => Buffer.from(`{/* i18n-source: ${hash} */}`);

let siteDir: string;
const read = (relative: string) => fs.readFileSync(path.join(siteDir, relative));

beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-mark-'));
  fs.cpSync(fixture, siteDir, { recursive: true });
});

afterEach(() => {
  fs.rmSync(siteDir, { recursive: true, force: true });
});

describe('markCurrent', () => {
  it('writes only the marker line, byte for byte, and makes the files current', () => {
    const integration = `${koDocs}/quick-starts/next/_integration.mdx`;
    const checkpoint = 'i18n/ko/fragments/_checkpoint.mdx';
    const integrationBefore = read(integration);
    const checkpointBefore = read(checkpoint);

    const results = markCurrent({ siteDir, files: [integration, path.join(siteDir, checkpoint)] });

    expect(results).toEqual([
      { file: integration, outcome: 'marked', source: 'docs/quick-starts/next/_integration.mdx', hash: 'sha256-d0bdcaa9db07' },
      { file: checkpoint, outcome: 'marked', source: 'fragments/_checkpoint.mdx', hash: 'sha256-7e9cde7ce0fa' },
    ]);
    // The old marker is replaced in place.
    expect(read(integration)).toEqual(
      Buffer.from(integrationBefore.toString('latin1').replace('sha256-000000000000', 'sha256-d0bdcaa9db07'), 'latin1'),
    );
    // A missing marker is appended after a blank line.
    expect(read(checkpoint)).toEqual(Buffer.concat([checkpointBefore, Buffer.from('\n'), marker('sha256-7e9cde7ce0fa'), Buffer.from('\n')]));
    expect(loadStatus({ siteDir, locales: ['ko'] }).locales[0]?.counts).toEqual({ current: 4, outdated: 0, missing: 1 });
  });

  it('keeps CRLF line endings, a byte order mark and bytes that are not UTF-8', () => {
    const signIn = 'i18n/ko/fragments/with space/_sign in.mdx';
    const before = Buffer.concat([
      Buffer.from('\uFEFF**로그인**을 누릅니다.\r\n', 'utf8'),
      Buffer.from([0xff, 0xfe, 0x0d, 0x0a]),
    ]);
    fs.mkdirSync(path.dirname(path.join(siteDir, signIn)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, signIn), before);

    expect(markCurrent({ siteDir, files: [signIn] })[0]).toMatchObject({ outcome: 'marked', hash: 'sha256-2791e25707eb' });
    expect(read(signIn)).toEqual(Buffer.concat([before, Buffer.from('\r\n'), marker('sha256-2791e25707eb'), Buffer.from('\r\n')]));
  });

  it('leaves a current file untouched', () => {
    const page = `${koDocs}/quick-starts/next/README.mdx`;
    const before = read(page);
    expect(markCurrent({ siteDir, files: [page] })).toEqual([
      { file: page, outcome: 'unchanged', source: 'docs/quick-starts/next/README.mdx', hash: 'sha256-a3db4ec51d6d' },
    ]);
    expect(read(page)).toEqual(before);
  });

  it('refuses English files, orphans, files that do not exist and files outside the site', () => {
    const results = markCurrent({
      siteDir,
      files: ['docs/quick-starts/next/README.mdx', 'i18n/ko/fragments/_removed.mdx', 'i18n/ko/fragments/_nope.mdx', '../elsewhere.mdx'],
    });
    expect(results).toEqual([
      {
        file: 'docs/quick-starts/next/README.mdx',
        outcome: 'error',
        message:
          'docs/quick-starts/next/README.mdx is not a translation: give a file under i18n/<locale>/docusaurus-plugin-content-docs/current/ or i18n/<locale>/fragments/',
      },
      {
        file: 'i18n/ko/fragments/_removed.mdx',
        outcome: 'error',
        message:
          'i18n/ko/fragments/_removed.mdx has no English source (fragments/_removed.mdx does not exist): delete it or rename it to mirror an English file',
      },
      { file: 'i18n/ko/fragments/_nope.mdx', outcome: 'error', message: 'i18n/ko/fragments/_nope.mdx does not exist' },
      { file: '../elsewhere.mdx', outcome: 'error', message: `../elsewhere.mdx is outside the site (${siteDir})` },
    ]);
    expect(read('i18n/ko/fragments/_removed.mdx').toString()).not.toContain('i18n-source');
  });
});

describe('translationsOf', () => {
  it('lists every translation of a locale that has an English source', () => {
    expect(translationsOf({ siteDir, locale: 'ko' })).toEqual([
      `${koDocs}/quick-starts/next/README.mdx`,
      `${koDocs}/quick-starts/next/_integration.mdx`,
      `${koDocs}/quick-starts/가이드/README.mdx`,
      'i18n/ko/fragments/_checkpoint.mdx',
    ]);
    expect(translationsOf({ siteDir, locale: 'ja' })).toEqual([]);
  });
});
