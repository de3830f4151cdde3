import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../lib/site-files';
import { resolveConfig } from './config';
import { lintFiles } from './lint-site';
import { fixturesDir } from './testing/lint-fixture';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corruptions on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Sample = { readonly relative: string; readonly value: string };

/** Every content file of the repository (whatever the writers have so far) and of every fixture site. */
function samples(): Sample[] {
  const repository = path.join(__dirname, '..', '..');
  const sites = [repository, ...fs.readdirSync(fixturesDir).map((name) => path.join(fixturesDir, name))];
  return sites.flatMap((site) =>
    listContentFiles(site).map((content) => ({ relative: content.relative, value: fs.readFileSync(content.path, 'utf8') })),
  );
}

/** Ways to break a page, each applied at a random place. */
const corruptions: ReadonlyArray<(value: string, random: () => number) => string> = [
  // Cut one to three lines.
  (value, random) => {
    const lines = value.split('\n');
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 1 + Math.floor(random() * 3));
    return lines.join('\n');
  },
  // Unbalanced JSX.
  (value, random) => {
    const lines = value.split('\n');
    const tags = ['<Tabs>', '</Details>', '<Foo', '<Install packageName="x">', '<a href="/x">', '/>'];
    lines.splice(Math.floor(random() * lines.length), 0, tags[Math.floor(random() * tags.length)]!);
    return lines.join('\n');
  },
  // Broken front matter.
  (value, random) => {
    const breakers = ['---\nslug: [\n', '---\nslug: /a\nslug: /b\n---\n', 'title: x\n---\n', '---\n'];
    return breakers[Math.floor(random() * breakers.length)]! + value;
  },
  // A stray brace.
  (value, random) => {
    const at = Math.floor(random() * (value.length + 1));
    return `${value.slice(0, at)}${random() < 0.5 ? '{' : '}'}${value.slice(at)}`;
  },
  // Truncate.
  (value, random) => value.slice(0, Math.floor(random() * value.length)),
  // Break a heading id.
  (value) => value.replace(/\\\{#([a-z-]+)\}/, (_, id: string) => (id.length % 2 === 0 ? `{#${id}}` : `\\{#${id.toUpperCase()} x}`)),
  // Duplicate a line (headings become duplicate ids, imports duplicate bindings).
  (value, random) => {
    const lines = value.split('\n');
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 0, lines[at] ?? '');
    return lines.join('\n');
  },
];

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).freeze();

/** Whether a text parses as MDX, checked independently of the checker. */
function parsesAsMdx(value: string): boolean {
  try {
    mdxParser.parse(value);
    return true;
  } catch {
    return false;
  }
}

describe('fuzz', () => {
  // About five seconds on an idle machine; the timeout leaves room for a busy one.
  it('reports every corruption of real pages at a position and never throws', { timeout: 60_000 }, () => {
    const pool = samples();
    expect(pool.length).toBeGreaterThan(40);
    const random = prng(20_251_124);
    const config = resolveConfig({ siteDir: path.join(path.sep, 'fuzz-site'), locales: ['en', 'ko'] });
    let parseErrors = 0;
    for (let iteration = 0; iteration < 150; iteration++) {
      const picked = Array.from({ length: 4 }, () => pool[Math.floor(random() * pool.length)]!);
      const files = picked.map((sample, index) => {
        let value = sample.value;
        for (let count = 1 + Math.floor(random() * 3); count > 0; count--) {
          value = corruptions[Math.floor(random() * corruptions.length)]!(value, random);
        }
        // Keep paths distinct: two picks may be the same file, or the same path from two sites.
        const relative = sample.relative.replace(/(\.mdx?)$/, `-${index}$1`);
        return new VFile({ cwd: config.siteDir, path: relative, value });
      });
      expect(() => lintFiles(files, config)).not.toThrow();
      for (const file of files) {
        for (const message of file.messages) {
          expect(message.line, `${message.name}: ${message.reason}`).toBeGreaterThanOrEqual(1);
          expect(message.column, `${message.name}: ${message.reason}`).toBeGreaterThanOrEqual(1);
          // No stack traces: a message may only be caused by another message (remark-lint's "defined here").
          expect(message.cause === undefined || message.cause instanceof VFileMessage).toBe(true);
        }
        const parseMessages = file.messages.filter((message) => message.source === 'docs' && message.ruleId === 'parse');
        if (file.extname === '.mdx' && !parsesAsMdx(String(file.value))) {
          parseErrors++;
          expect(parseMessages.length, `${file.path} does not parse but has no docs:parse message`).toBeGreaterThanOrEqual(1);
        }
        expect(parseMessages.every((message) => message.fatal === true)).toBe(true);
      }
    }
    // The corruptions must actually break MDX often, or this test proves nothing.
    expect(parseErrors).toBeGreaterThan(120);
  });
});
