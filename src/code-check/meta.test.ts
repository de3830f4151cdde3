import { describe, expect, it } from 'vitest';
import { parseFenceMeta } from './meta';

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
