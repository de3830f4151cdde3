import { describe, expect, it } from 'vitest';
import { fingerprint, mapOffset } from './fingerprint';

const english = [
  "// Read the session.",
  "const { claims } = await load();",
  "/* name */ const name: string = claims.name;",
].join('\n');
const korean = [
  "// 세션을 읽습니다.",
  "// 두 번째 줄.",
  "const { claims } = await load();",
  "/* 사용자 이름 */ const name: string = claims.name;",
].join('\n');

describe('fingerprint', () => {
  it('ignores ordinary comments and whitespace', () => {
    expect(fingerprint(korean, '.ts').key).toBe(fingerprint(english, '.ts').key);
  });

  it('sees code changes, JSX text that looks like a comment, and comments the compiler reads', () => {
    const key = (text: string, extension: '.ts' | '.tsx' | '.js' = '.ts') => fingerprint(text, extension).key;
    expect(key("const a = 'en';")).not.toBe(key("const a = 'ko';"));
    expect(key('const a = <p>see // here</p>;', '.tsx')).not.toBe(key('const a = <p>see // there</p>;', '.tsx'));
    expect(key('// @ts-expect-error: wrong on purpose\nconst a: number = "1";')).not.toBe(
      key('// wrong on purpose\nconst a: number = "1";'),
    );
    expect(key('/** @type {number} */\nconst a = 1;', '.js')).not.toBe(key('/** @type {string} */\nconst a = 1;', '.js'));
  });

  it('maps an offset to the same character of the same token', () => {
    const from = fingerprint(english, '.ts');
    const to = fingerprint(korean, '.ts');
    const offset = english.indexOf('name:');
    expect(korean.slice(mapOffset(from, to, offset), mapOffset(from, to, offset) + 5)).toBe('name:');
    // Inside a comment, the offset moves to the next token.
    expect(mapOffset(from, to, english.indexOf('Read'))).toBe(korean.indexOf('const'));
  });
});
