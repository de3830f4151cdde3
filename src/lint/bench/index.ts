import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from './generate-site';
import type { Sample } from './run-docs-lint';

/**
 * `npm run bench`: the docs checker against remark-validate-links on the same files of a synthetic
 * site (100 guides and 20 fragments in nine locales, clean and broken), plus the checker on this
 * repository. Each run is a fresh Node process, so peak memory is its own.
 */
const guides = 100;
const fragments = 20;
const repositoryDir = path.join(__dirname, '..', '..', '..');
/** `npm run bench -- --as-is` also runs remark-validate-links without skipping route links (minutes per tree). */
const asIs = process.argv.includes('--as-is');

type Row = { tool: string; tree: string; wallMs: number } & Sample;

function run(script: string, siteDir: string, ...args: string[]): Sample & { wallMs: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, script), siteDir, ...args], {
    encoding: 'utf8',
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${script} failed:\n${result.stderr}`);
  }
  return { ...(JSON.parse(result.stdout) as Sample), wallMs };
}

const format = (rows: readonly Row[]): string => {
  const header = ['tool', 'tree', 'files', 'check ms', 'files/s', 'wall ms', 'messages', 'peak RSS MB'];
  const body = rows.map((row) => [
    row.tool,
    row.tree,
    String(row.files),
    row.ms.toFixed(0),
    (row.files / (row.ms / 1000)).toFixed(0),
    row.wallMs.toFixed(0),
    String(row.messages),
    row.maxRssMb.toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  return [header, ...body].map((cells) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
};

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-lint-bench-'));
try {
  const rows: Row[] = [];
  for (const broken of [false, true]) {
    const tree = broken ? 'broken' : 'clean';
    const dir = path.join(root, tree);
    const site = generateSite({ dir, guides, fragments, broken });
    process.stdout.write(`${tree} tree: ${site.files} files, ${site.links} links (${guides} guides x 9 locales)\n`);
    rows.push({ tool: 'lint:docs', tree, ...run('run-docs-lint.ts', dir) });
    rows.push({ tool: 'lint:docs, 1 thread', tree, ...run('run-docs-lint.ts', dir, '--workers', '0') });
    rows.push({ tool: 'remark-validate-links', tree, ...run('run-validate-links.ts', dir) });
    if (asIs) {
      rows.push({ tool: 'remark-validate-links as is', tree, ...run('run-validate-links.ts', dir, '--as-is') });
    }
  }
  rows.push({ tool: 'lint:docs', tree: 'this repository', ...run('run-docs-lint.ts', repositoryDir) });
  rows.push({ tool: 'lint:docs, 1 thread', tree: 'this repository', ...run('run-docs-lint.ts', repositoryDir, '--workers', '0') });
  // Fill the cache, then time a run that finds every file unchanged.
  run('run-docs-lint.ts', repositoryDir, '--cache');
  rows.push({ tool: 'lint:docs, warm cache', tree: 'this repository', ...run('run-docs-lint.ts', repositoryDir, '--cache') });
  process.stdout.write(`\n${format(rows)}\n\n`);
  process.stdout.write(
    'check ms: inside the process, from reading files to the last message; wall ms: the whole process, Node and tsx start included.\n' +
      'remark-validate-links skips route links unless --as-is (see run-validate-links.ts); lint:docs checks them all.\n' +
      'lint:docs runs from its bundle, as npm run lint:docs does, without its cache except in the warm-cache row, on a worker thread per spare core unless 1 thread.\n',
  );
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
