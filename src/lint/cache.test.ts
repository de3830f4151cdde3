import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintSite } from './lint-site';
import { fixturesDir, formatMessages } from './testing/lint-fixture';

let siteDir: string;
const lint = () => lintSite({ siteDir, locales: ['en', 'ko'], rules: { 'docs:guide-front-matter': 'off' } });

beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-lint-cache-'));
  fs.cpSync(path.join(fixturesDir, 'broken-anchor-in-fragment'), siteDir, { recursive: true });
  // The cache lives in node_modules/.cache, and only for a site that has node_modules.
  fs.mkdirSync(path.join(siteDir, 'node_modules'));
});

afterEach(() => {
  fs.rmSync(siteDir, { recursive: true, force: true });
});

describe('first-pass cache', () => {
  it('parses only changed files on the next run, with the same messages', async () => {
    const first = await lint();
    expect(first.parsed).toBe(6);
    const cacheFile = path.join(siteDir, 'node_modules/.cache/docs-lint/first-pass.v8');
    expect(fs.existsSync(cacheFile)).toBe(true);
    const longAgo = new Date('2001-01-01T00:00:00Z');
    fs.utimesSync(cacheFile, longAgo, longAgo);
    const second = await lint();
    expect(second.parsed).toBe(0);
    expect(formatMessages(second.files)).toEqual(formatMessages(first.files));
    // Nothing changed: the cache is not written again.
    expect(fs.statSync(cacheFile).mtime).toEqual(longAgo);

    const fragment = path.join(siteDir, 'fragments/next/_installation.mdx');
    fs.writeFileSync(fragment, fs.readFileSync(fragment, 'utf8').replace('#run', '#usage'));
    const third = await lint();
    expect(third.parsed).toBe(1);
    expect(formatMessages(third.files).filter((message) => message.startsWith('fragments/'))).toEqual([]);
  });

  it('is not used when turned off, nor for a site without node_modules', async () => {
    await lint();
    expect((await lintSite({ siteDir, locales: ['en', 'ko'], cache: false })).parsed).toBe(6);
    fs.rmSync(path.join(siteDir, 'node_modules'), { recursive: true });
    expect((await lint()).parsed).toBe(6);
    expect(fs.existsSync(path.join(siteDir, 'node_modules'))).toBe(false);
  });
});
