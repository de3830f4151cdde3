import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const siteRoot = path.resolve(__dirname, '../..');
const tsx = path.join(siteRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(__dirname, 'cli.ts');

/** Runs the real `check:code` binary in a fixture folder, as `npm run check:code` runs it at the site root. */
function run(fixture: string, ...args: string[]) {
  const { status, stdout, stderr } = spawnSync(tsx, [cli, ...args], {
    cwd: path.join(__dirname, '__fixtures__', fixture),
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

/** The report without its last line, which holds the time taken. */
const withoutTime = (stdout: string) => stdout.replace(/ in \d+\.\d s\.\n$/, ' in <time>.\n');

describe('check:code', () => {
  it('exits 1 and prints each error, fence counts per locale and the time', () => {
    const { status, stdout, stderr } = run('wrong-import-subpath');
    expect({ status, stderr }).toEqual({ status: 1, stderr: '' });
    expect(stdout).toMatch(/ in \d+\.\d s\.\n$/);
    expect(withoutTime(stdout)).toBe(
      [
        "docs/quick-starts/next/README.mdx:8:30 error TS2307: Cannot find module '@logto/next/server-action' or its corresponding type declarations.",
        '',
        'TypeScript and JavaScript code fences:',
        '  en  1 checked, 0 opted out, 0 in other languages',
        '1 error in <time>.',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on a correct guide', () => {
    const { status, stdout } = run('correct-app');
    expect(status).toBe(0);
    expect(withoutTime(stdout)).toBe(
      [
        'TypeScript and JavaScript code fences:',
        '  en  3 checked, 0 opted out, 1 in other languages',
        'No errors in <time>.',
        '',
      ].join('\n'),
    );
  });

  it('narrows to a locale and prints JSON', () => {
    const { status, stdout } = run('translated-fences', '--locale', 'ko', '--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { diagnostics: Array<{ text: string }>; locales: unknown; durationMs: unknown };
    expect(report.diagnostics.map(({ text }) => text.split('\n')[0])).toEqual([
      "i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/_page.mdx:12:22 error TS2322: Type 'Nullable<string> | undefined' is not assignable to type 'string'.",
      "i18n/ko/fragments/next/_sign-in.mdx:8:46 error TS2304: Cannot find name 'label'.",
    ]);
    expect(report.locales).toEqual({ ko: { checked: 3, compiled: 3, optedOut: 0, otherLanguages: 0 } });
    expect(typeof report.durationMs).toBe('number');
  });

  it('refuses an unknown locale with exit code 2', () => {
    const { status, stdout, stderr } = run('correct-app', '--locale', 'xx');
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toContain('Unknown locale xx');
  });
});
