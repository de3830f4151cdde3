import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatedLocales } from '../lib/locales';
import type { StatusReport } from './types';

const siteRoot = path.resolve(__dirname, '../..');
const tsx = path.join(siteRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(__dirname, 'cli.ts');
const fixture = path.join(__dirname, '__fixtures__', 'mixed-status');

/** Runs the real CLI in a site folder, as `npm run i18n:status` runs it at the site root. */
function run(cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(tsx, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status, stdout, stderr };
}

/** A scratch copy of the fixture, for commands that write. */
function copyOfFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-cli-'));
  fs.cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe('i18n:status', () => {
  it('prints the summary and the files to work on for one locale, and exits 0', () => {
    const { status, stdout, stderr } = run(fixture, ['status', '--locale', 'ko']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toBe(
      [
        'Translation status of 5 English files (2 pages, 1 partial, 2 fragments):',
        '',
        'ko     40%  2 of 5 current · 2 outdated (1 without marker) · 1 missing · 1 orphan',
        '  outdated  i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/_integration.mdx  (English changed: compare with docs/quick-starts/next/_integration.mdx)',
        '  outdated  i18n/ko/fragments/_checkpoint.mdx  (no i18n-source marker, source unknown: review against fragments/_checkpoint.mdx)',
        '  missing   i18n/ko/fragments/with space/_sign in.mdx  (translate fragments/with space/_sign in.mdx)',
        '  orphan    i18n/ko/fragments/_removed.mdx  (no English source: delete it or rename it to mirror one)',
        '',
        'After updating an outdated translation (or reviewing an unmarked one), mark it current: npm run i18n:mark-current -- <file>...',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON for every translated locale', () => {
    const { status, stdout } = run(fixture, ['status', '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as StatusReport;
    expect(report.locales.map((locale) => locale.locale)).toEqual(translatedLocales);
    expect(report.locales.map((locale) => [locale.locale, locale.percent, locale.counts])).toEqual(
      translatedLocales.map((locale) =>
        locale === 'ko'
          ? ['ko', 40, { current: 2, outdated: 2, missing: 1 }]
          : [locale, 0, { current: 0, outdated: 0, missing: 5 }],
      ),
    );
  });

  it('narrows JSON to the given locales', () => {
    const { stdout } = run(fixture, ['status', '--json', '--locale', 'ja']);
    const report = JSON.parse(stdout) as StatusReport;
    expect(report.locales.map((locale) => [locale.locale, locale.missing.length])).toEqual([['ja', 5]]);
  });

  it('exits 1 with --strict when something is left to do, and 2 on an unknown locale', () => {
    expect(run(fixture, ['status', '--strict', '--locale', 'ko']).status).toBe(1);
    const unknown = run(fixture, ['status', '--locale', 'xx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown locale xx \(translated locales: ko, /);
  });
});

describe('i18n:mark-current', () => {
  it('marks the given files, relative to where the command was typed', () => {
    const site = copyOfFixture();
    try {
      const { status, stdout, stderr } = run(site, ['mark-current', '_checkpoint.mdx', '_removed.mdx'], {
        INIT_CWD: path.join(site, 'i18n', 'ko', 'fragments'),
        npm_lifecycle_event: 'i18n:mark-current',
      });
      expect({ status, stdout, stderr }).toEqual({
        status: 1,
        stdout: 'marked     i18n/ko/fragments/_checkpoint.mdx  (current with fragments/_checkpoint.mdx, sha256-7e9cde7ce0fa)\n',
        stderr:
          'error  i18n/ko/fragments/_removed.mdx has no English source (fragments/_removed.mdx does not exist): delete it or rename it to mirror an English file\n',
      });
      const after = JSON.parse(run(site, ['status', '--json', '--locale', 'ko']).stdout) as StatusReport;
      expect(after.locales[0]?.counts).toEqual({ current: 3, outdated: 1, missing: 1 });
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('marks every translation of a locale with --locale --all', () => {
    const site = copyOfFixture();
    try {
      const { status, stdout } = run(site, ['mark-current', '--locale', 'ko', '--all']);
      expect(status).toBe(0);
      expect(stdout.split('\n').map((line) => line.split(' ')[0])).toEqual(['unchanged', 'marked', 'unchanged', 'marked', '']);
      const after = JSON.parse(run(site, ['status', '--json', '--locale', 'ko']).stdout) as StatusReport;
      expect(after.locales[0]?.counts).toEqual({ current: 4, outdated: 0, missing: 1 });
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('refuses --all without a locale', () => {
    const { status, stderr } = run(fixture, ['mark-current', '--all']);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe('--all needs --locale <locale>');
  });
});
