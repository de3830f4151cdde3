import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './testing/lint-fixture';

const repositoryDir = path.join(__dirname, '..', '..');
const remarkCli = path.join(repositoryDir, 'node_modules', 'remark-cli', 'cli.js');

// Each test starts Node with tsx (about a second, several on a busy machine).
describe('.remarkrc.mjs', { timeout: 60_000 }, () => {
  it('loads in plain Node (as remark-cli and editors load it) and enables the docs checker', () => {
    const script = "import('./.remarkrc.mjs').then((m) => console.log(m.default.plugins.map((p) => (Array.isArray(p) ? p[0] : p).name).join(' ')))";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repositoryDir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('remarkFrontmatter remarkMdx remarkDocsLint\n');
  });

  it('gives remark-cli the cross-file messages too, for the files it is given, loading the rest of the site', () => {
    const site = path.join(fixturesDir, 'remark-cli');
    const result = spawnSync(process.execPath, [remarkCli, '--no-stdout', '--no-color', '--frail', '--quiet', 'docs/page.mdx', 'docs/broken.mdx'], {
      cwd: site,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('7:6-7:39 error Cannot find heading `#instal` in /other (did you mean `#install`?) anchor docs');
    expect(lines).toContain(
      '3:1-3:7 error Cannot parse MDX: Expected a closing tag for `<Tabs>` (3:1-3:7); close the element or make it self-closing (`<Name />`) parse docs',
    );
    expect(result.stderr).not.toContain('docs/other.mdx');
    expect(result.stderr).not.toContain('fragments/_install.mdx');
    expect(lines.at(-2)).toBe('4 messages (✖ 2 errors)');
  });
});
