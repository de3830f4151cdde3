import { describe, expect, it } from 'vitest';
import { isTypeScriptLanguage, normalizeLanguage } from './languages';
import { fenceAttributes, optsOut, parseFenceMeta } from './meta';

const entries = (meta: string | null) => [...parseFenceMeta(meta)];

describe('parseFenceMeta', () => {
  it('reads quoted values with spaces, bare values and flags', () => {
    expect(entries('title="app/(auth)/sign in.tsx" nocheck=\'shows an intentional error\' showLineNumbers lang=ts')).toEqual([
      ['title', 'app/(auth)/sign in.tsx'],
      ['nocheck', 'shows an intentional error'],
      ['showLineNumbers', true],
      ['lang', 'ts'],
    ]);
  });

  it('skips line-highlight ranges and keeps escaped quotes', () => {
    expect(entries('{1,3-5} title="say \\"hi\\".ts" {7}')).toEqual([['title', 'say "hi".ts']]);
  });

  it('keeps the first of repeated keys, and an empty value as empty', () => {
    expect(entries('title="a.ts" title="b.ts" nocheck=""')).toEqual([
      ['title', 'a.ts'],
      ['nocheck', ''],
    ]);
  });

  it('reads nothing from no meta', () => {
    expect(entries(null)).toEqual([]);
    expect(entries('   ')).toEqual([]);
  });
});

describe('fenceAttributes', () => {
  it('reads the title and the nocheck reason', () => {
    expect(fenceAttributes('showLineNumbers title="app/page.tsx" nocheck="why"')).toEqual({ title: 'app/page.tsx', nocheck: 'why' });
    expect(fenceAttributes(null)).toEqual({ title: undefined, nocheck: undefined });
  });

  it('takes a blank or bare title as none, and a blank or bare nocheck as no opt-out', () => {
    expect(fenceAttributes('title="  " nocheck=""')).toEqual({ title: undefined, nocheck: true });
    expect(fenceAttributes('title nocheck')).toEqual({ title: undefined, nocheck: true });
    expect(optsOut(fenceAttributes('nocheck').nocheck)).toBe(false);
    expect(optsOut(fenceAttributes('nocheck="a reason"').nocheck)).toBe(true);
    expect(optsOut(fenceAttributes('title="a.ts"').nocheck)).toBe(false);
  });
});

describe('isTypeScriptLanguage', () => {
  it('is true for ts, typescript, tsx, mts and cts only', () => {
    const typeScript = ['ts', 'TS', 'typescript', 'tsx', 'mts', 'cts', 'ts{1,3}'];
    const others = ['js', 'javascript', 'jsx', 'mjs', 'cjs', 'bash', 'json', 'vue', 'svelte', 'astro', '', undefined];
    expect(typeScript.filter((lang) => !isTypeScriptLanguage(normalizeLanguage(lang)))).toEqual([]);
    expect(others.filter((lang) => isTypeScriptLanguage(normalizeLanguage(lang)))).toEqual([]);
  });
});
