import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { covers, fontsourceSubsets, parseUnicodeRange, subsetsFor, type FontSubset } from './fonts';

const siteDir = path.resolve(__dirname, '../../..');
const korean = fontsourceSubsets({ packageDir: path.join(siteDir, 'node_modules/@fontsource/noto-sans-kr'), family: 'Noto Sans KR', weight: 700 });
const chinese = fontsourceSubsets({ packageDir: path.join(siteDir, 'node_modules/@fontsource/noto-sans-sc'), family: 'Noto Sans SC', weight: 700 });

describe('parseUnicodeRange', () => {
  it('reads single code points and ranges', () => {
    expect(parseUnicodeRange('U+ac00-ac01,U+ac04, U+1f300')).toEqual([
      [0xac00, 0xac01],
      [0xac04, 0xac04],
      [0x1f300, 0x1f300],
    ]);
  });
});

describe('subsetsFor', () => {
  const a: FontSubset = { family: 'A', file: 'a.woff', ranges: [[0x41, 0x5a]] };
  const b: FontSubset = { family: 'B', file: 'b.woff', ranges: [[0x41, 0x7a]] };

  it('takes, for each character, the first subset that covers it', () => {
    expect(subsetsFor('AB', [a, b])).toEqual([a]);
    expect(subsetsFor('Ab', [a, b])).toEqual([a, b]);
    expect(subsetsFor('b b', [a, b])).toEqual([b]);
  });
});

/** Code points of `text` that no subset draws (spaces aside). */
function missing(text: string, subsets: readonly FontSubset[]): string[] {
  return [...new Set(text)].filter((character) => !/\s/u.test(character) && !subsets.some((subset) => covers(subset, character.codePointAt(0)!)));
}

describe('the social card fonts', () => {
  it('ship WOFF files for every subset', async () => {
    const fs = await import('node:fs');
    expect([...korean, ...chinese].filter((subset) => !fs.existsSync(subset.file))).toEqual([]);
  });

  it.each([
    ['ko', 'Next.js (App Router) 애플리케이션에 인증 추가하기 · 액세스 토큰, 조직 토큰, 리프레시 토큰'],
    ['ja', 'Next.js（App Router）アプリケーションに認証を追加する · アクセストークン、組織トークン'],
    ['zh-CN', '为 Next.js（App Router）应用添加身份验证 · 访问令牌、组织令牌'],
    ['zh-TW', '為 Next.js（App Router）應用程式新增驗證 · 存取權杖、組織權杖'],
    ['de', 'Authentifizierung zu Ihrer Next.js-Anwendung hinzufügen (Größe, Straße)'],
    ['pt-BR', 'Adicione autenticação ao seu aplicativo Next.js (ação, informações)'],
  ])('draw every character of a %s title', (_locale, title) => {
    expect(missing(title, [...korean, ...chinese])).toEqual([]);
  });
});
