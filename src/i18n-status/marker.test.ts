import { describe, expect, it } from 'vitest';
import { contentHash, findMarker, markerMatches, writeMarker } from './marker';

const marker = (hash: string) => `{/* i18n-source: ${hash} */}`;

describe('contentHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the text', () => {
    // printf 'Hello\n' | sha256sum
    expect(contentHash('Hello\n')).toBe('sha256-66a045b45210');
  });

  it('ignores line endings and a byte order mark', () => {
    expect(contentHash('a\r\nb\r\n')).toBe(contentHash('a\nb\n'));
    expect(contentHash('\uFEFFa\n')).toBe(contentHash('a\n'));
    expect(contentHash('a\nb\n')).not.toBe(contentHash('a\nb \n'));
  });
});

describe('findMarker', () => {
  it('reads the marker on the last non-blank line', () => {
    const text = `# Title\n\n${marker('sha256-0123456789ab')}\n\n`;
    expect(findMarker(text)).toEqual({ start: 9, end: 9 + marker('sha256-0123456789ab').length, hash: 'sha256-0123456789ab' });
  });

  it('ignores a marker-like line that is not last (e.g. in a code sample)', () => {
    expect(findMarker(`\`\`\`mdx\n${marker('sha256-0123456789ab')}\n\`\`\`\n`)).toBeUndefined();
  });

  it('finds a malformed marker without a hash, so the writer can replace it', () => {
    expect(findMarker('Text\n\n{/* i18n-source: TODO */}\n')?.hash).toBeUndefined();
    expect(findMarker('Text\n\n{/* i18n-source: TODO */}\n')?.start).toBe(6);
  });

  it('finds none in an empty or unmarked file', () => {
    expect(findMarker('')).toBeUndefined();
    expect(findMarker('\n')).toBeUndefined();
    expect(findMarker('\n\n')).toBeUndefined();
    expect(findMarker('\r\n\r\n')).toBeUndefined();
    expect(findMarker('Text\n')).toBeUndefined();
  });
});

describe('markerMatches', () => {
  it('compares hashes of different lengths by prefix', () => {
    expect(markerMatches('sha256-0123456789ab', 'sha256-0123456789ab')).toBe(true);
    expect(markerMatches('sha256-0123456789abcdef', 'sha256-0123456789ab')).toBe(true);
    expect(markerMatches('sha256-0123456789ac', 'sha256-0123456789ab')).toBe(false);
  });
});

describe('writeMarker', () => {
  const hash = 'sha256-0123456789ab';

  it('appends the marker after a blank line and keeps every other byte', () => {
    const text = '---\nslug: /a\n---\n\n# 제목\n\nText  \n';
    const written = writeMarker(text, hash);
    expect(written).toBe(`${text}\n${marker(hash)}\n`);
    expect(written.startsWith(text)).toBe(true);
  });

  it('adds a line ending to a file without one before the marker', () => {
    expect(writeMarker('Text', hash)).toBe(`Text\n\n${marker(hash)}\n`);
    expect(writeMarker('', hash)).toBe(`${marker(hash)}\n`);
  });

  it('marks a file of blank lines', () => {
    expect(writeMarker('\n\n', hash)).toBe(`\n\n${marker(hash)}\n`);
  });

  it('reuses a trailing blank line', () => {
    expect(writeMarker('Text\n\n', hash)).toBe(`Text\n\n${marker(hash)}\n`);
  });

  it('replaces an old marker in place, touching nothing else', () => {
    const before = `Text\n\n  ${marker('sha256-ffffffffffff')} \n\n`;
    const written = writeMarker(before, hash);
    expect(written).toBe(`Text\n\n${marker(hash)}\n\n`);
    expect(written.replace(marker(hash), `  ${marker('sha256-ffffffffffff')} `)).toBe(before);
  });

  it('keeps CRLF line endings', () => {
    const crlf = 'a\r\nb\r\n';
    expect(writeMarker(crlf, hash)).toBe(`a\r\nb\r\n\r\n${marker(hash)}\r\n`);
    const marked = `a\r\n\r\n${marker('sha256-ffffffffffff')}\r\n`;
    expect(writeMarker(marked, hash)).toBe(`a\r\n\r\n${marker(hash)}\r\n`);
  });

  it('is idempotent', () => {
    const once = writeMarker('Text\n', hash);
    expect(writeMarker(once, hash)).toBe(once);
  });
});
