import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './testing/lint-fixture';

const cli = path.join(__dirname, 'launch.cjs');

/** Runs the real CLI the way `npm run lint:docs` does (Node, from the bundle), without a terminal. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts Node (a fraction of a second; more when the bundle is rebuilt, or on a busy machine).
describe('lint:docs CLI', { timeout: 60_000 }, () => {
  it('prints a vfile report of every malformed file, with positions and rule ids, and exits 1', () => {
    const { code, stdout, stderr } = run('--site', path.join(fixturesDir, 'parse-error'), '--quiet');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines).toContain('docs/unclosed-jsx.mdx');
    expect(lines.find((line) => line.startsWith('5:1-5:7 error Cannot parse MDX: Expected a closing tag for `<Tabs>`'))).toMatch(
      /\bparse docs$/,
    );
    expect(stderr).toContain('3:13    error Cannot parse MDX: Could not parse expression with acorn');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(lines.at(-2)).toBe('✖ 4 errors');
  });

  it('writes JSON to stdout with --format json', () => {
    const { code, stdout } = run('--site', path.join(fixturesDir, 'parse-error'), '--quiet', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { path: string; messages: { line: number; column: number; ruleId: string; source: string; fatal: boolean }[] }[];
    const stray = report.find((file) => file.path === 'docs/stray-brace.mdx');
    expect(stray?.messages.map(({ line, column, ruleId, source, fatal }) => ({ line, column, ruleId, source, fatal }))).toEqual([
      { line: 3, column: 17, ruleId: 'parse', source: 'docs', fatal: true },
    ]);
  });

  it('passes warnings unless --strict, and never fails on info', () => {
    const site = path.join(fixturesDir, 'style-rules');
    expect(run('--site', site).code).toBe(0);
    expect(run('--site', site, '--strict').code).toBe(1);
    const clean = run('--site', path.join(fixturesDir, 'clean-site'), '--strict');
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain('info Not translated into ja, zh-CN, zh-TW, de, es, fr and pt-BR');
    expect(run('--site', path.join(fixturesDir, 'clean-site'), '--quiet').stderr).toBe('8 files checked, no messages\n');
  });

  it('fixes heading ids in place and says what it left alone', () => {
    const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-lint-cli-'));
    try {
      fs.cpSync(path.join(fixturesDir, 'fix-heading-ids'), siteDir, { recursive: true });
      const { code, stderr } = run('--site', siteDir, '--fix', '--quiet');
      expect(code).toBe(1);
      expect(stderr).toContain('fixed docs/plain.md: added #plain-section, #setext-section\n');
      expect(stderr).toContain('left alone docs/guide.mdx:17: id `#Bad_Id` is not kebab-case; rename it and its links by hand\n');
      expect(fs.readFileSync(path.join(siteDir, 'fragments/_frag.mdx'), 'utf8')).toBe('## Fragment heading \\{#fragment-heading}\n');
    } finally {
      fs.rmSync(siteDir, { recursive: true, force: true });
    }
  });

  it('rejects unknown options with the usage and exit code 2', () => {
    const { code, stderr } = run('--bogus');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--bogus'");
    expect(stderr).toContain('Usage: npm run lint:docs -- [options] [path...]');
  });
});
