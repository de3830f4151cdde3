import { describe, expect, it } from 'vitest';
import { codeWithoutComments } from './code-comments';

describe('codeWithoutComments', () => {
  it('drops // and /* */ comments of JavaScript-like fences but keeps URLs', () => {
    expect(
      codeWithoutComments(
        ["// Configure the client.", "const url = 'https://example.com'; // no trailing slash", '/* block', ' comment */ run(url);'].join('\n'),
        'ts',
      ),
    ).toBe(["const url = 'https://example.com';", ' run(url);'].join('\n'));
  });

  it('drops # comments of shell-like fences but keeps # inside words', () => {
    expect(codeWithoutComments('# Install\nnpm install # the SDK\necho a#b', 'bash')).toBe('npm install\necho a#b');
  });

  it('compares other languages exactly, apart from trailing spaces and blank lines', () => {
    expect(codeWithoutComments('{\n  "a": 1  \n\n}', 'json')).toBe('{\n  "a": 1\n}');
    expect(codeWithoutComments('// not a comment here', undefined)).toBe('// not a comment here');
  });
});
