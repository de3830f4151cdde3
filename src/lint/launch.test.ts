import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { readSiteFiles } from './lint-site';
import { runFirstPass } from './parallel';
import { fixturesDir, formatMessages } from './testing/lint-fixture';

const require = createRequire(__filename);
const { ensureBundle, loadBundle } = require('./launch.cjs') as typeof import('./launch.cjs');

/** Runs a CLI entry with Node, from the bundle or (`DOCS_LINT_BUNDLE=0`) through tsx. */
function run(entry: string[], args: string[], options: { bundle: boolean }) {
  const result = spawnSync(process.execPath, [...entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DOCS_LINT_BUNDLE: options.bundle ? '1' : '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const launcher = [path.join(__dirname, 'launch.cjs')];
const viaTsx = ['--import', 'tsx', path.join(__dirname, 'cli.ts')];

// Each run starts Node (and esbuild or tsx): seconds on a busy machine.
describe('launch.cjs', { timeout: 120_000 }, () => {
  it('reports exactly what the TypeScript sources report through tsx, in text and JSON', () => {
    for (const fixture of ['parse-error', 'style-rules', 'translation-mirrors']) {
      for (const args of [['--format', 'json'], ['--strict'], []]) {
        const siteArgs = ['--site', path.join(fixturesDir, fixture), ...args];
        const sources = run(launcher, siteArgs, { bundle: false });
        expect(sources.stderr + sources.stdout).not.toBe('');
        expect(run(launcher, siteArgs, { bundle: true })).toEqual(sources);
        expect(run(viaTsx, siteArgs, { bundle: true })).toEqual(sources);
      }
    }
  });

  it("runs the first pass on worker threads loaded from the bundle, with the sources' facts and messages", async () => {
    const bundle = await loadBundle();
    expect(bundle).toBeDefined();
    for (const fixture of ['parse-error', 'style-rules', 'translation-mirrors']) {
      const options = { siteDir: path.join(fixturesDir, fixture), locales: ['en', 'ko'] };
      const serial = readSiteFiles(options.siteDir);
      await runFirstPass(serial, resolveConfig(options), { workers: 0 });
      const inWorkers = bundle!.readSiteFiles(options.siteDir);
      const stats = await bundle!.runFirstPass(inWorkers, bundle!.resolveConfig(options), { workers: 1, mainThread: false });
      expect(stats.byWorkers).toBe(serial.length);
      expect(formatMessages(inWorkers)).toEqual(formatMessages(serial));
      expect(inWorkers.map((file) => file.data.docsFacts)).toEqual(serial.map((file) => file.data.docsFacts));
    }
  });

  it('reports bad arguments the same way, with exit code 2', () => {
    const sources = run(launcher, ['--bogus'], { bundle: false });
    expect(sources.code).toBe(2);
    expect(run(launcher, ['--bogus'], { bundle: true })).toEqual(sources);
  });
});

describe('ensureBundle', { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-lint-bundle-'));
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.writeFileSync(path.join(dir, 'entry.ts'), "export { value, where } from './lib/value';\nexport const entryDir: string = __dirname;\n");
    fs.writeFileSync(path.join(dir, 'lib', 'value.ts'), "export const value: string = 'one';\nexport const where = (): string => __filename;\n");
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const load = (file: string) => {
    delete require.cache[file];
    return require(file) as { value: string; where: () => string; entryDir: string };
  };

  it('builds once, reuses the bundle while its sources are unchanged, and rebuilds when one changes', async () => {
    const options = { entry: path.join(dir, 'entry.ts'), outFile: path.join(dir, 'out', 'bundle.cjs') };
    const file = await ensureBundle(options);
    expect(file).toBe(options.outFile);
    expect(load(options.outFile).value).toBe('one');
    const built = fs.readFileSync(options.outFile, 'utf8');
    fs.writeFileSync(options.outFile, `${built}\n// untouched`);
    expect(await ensureBundle(options)).toBe(options.outFile);
    expect(fs.readFileSync(options.outFile, 'utf8')).toBe(`${built}\n// untouched`);

    fs.writeFileSync(path.join(dir, 'lib', 'value.ts'), "export const value: string = 'two';\nexport const where = (): string => __filename;\n");
    expect(await ensureBundle(options)).toBe(options.outFile);
    expect(load(options.outFile).value).toBe('two');
  });

  it('rebuilds a bundle that was built in another checkout, whose paths it holds', async () => {
    const options = { entry: path.join(dir, 'entry.ts'), outFile: path.join(dir, 'out', 'bundle.cjs') };
    await ensureBundle(options);
    const built = fs.readFileSync(options.outFile, 'utf8');
    const [header, ...rest] = built.split('\n');
    const elsewhere = header!.replace(/"root":"[^"]*"/u, '"root":"/elsewhere/checkout"');
    expect(elsewhere).not.toBe(header);
    fs.writeFileSync(options.outFile, [elsewhere, ...rest].join('\n'));
    expect(await ensureBundle(options)).toBe(options.outFile);
    expect(fs.readFileSync(options.outFile, 'utf8')).toBe(built);
  });

  it('gives each bundled module its own __dirname and __filename, as CommonJS does', async () => {
    const options = { entry: path.join(dir, 'entry.ts'), outFile: path.join(dir, 'out', 'bundle.cjs') };
    const bundled = load((await ensureBundle(options))!);
    expect(bundled.entryDir).toBe(dir);
    expect(bundled.where()).toBe(path.join(dir, 'lib', 'value.ts'));
  });

  it('returns undefined when the sources do not build, so the checker runs through tsx', async () => {
    fs.writeFileSync(path.join(dir, 'lib', 'value.ts'), 'export const value: string = ;\n');
    expect(await ensureBundle({ entry: path.join(dir, 'entry.ts'), outFile: path.join(dir, 'out', 'bundle.cjs') })).toBeUndefined();
  });
});
