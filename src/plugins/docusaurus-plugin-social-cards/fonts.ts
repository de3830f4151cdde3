import fs from 'node:fs';
import path from 'node:path';

/** One file of a font split by Unicode ranges (a Fontsource subset), with the code points it covers. */
export type FontSubset = {
  readonly family: string;
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
};

/** Parses a CSS `unicode-range` value: `U+ac00-ac01,U+ac04` → `[[0xac00, 0xac01], [0xac04, 0xac04]]`. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/iu, ''))
    .filter((part) => part !== '')
    .map((part) => {
      const [start, end = start] = part.split('-') as [string, string?];
      return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
    });
}

/** Whether a subset has a glyph for a code point. */
export function covers(subset: FontSubset, codePoint: number): boolean {
  return subset.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/**
 * The subsets needed to draw `text`: for each character, the first subset (in the given order of
 * preference) that covers it. Characters no subset covers are left to the renderer's fallback.
 */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): FontSubset[] {
  const needed = new Set<FontSubset>();
  for (const character of new Set(text)) {
    const codePoint = character.codePointAt(0)!;
    if (/\s/u.test(character)) {
      continue;
    }
    const subset = subsets.find((candidate) => covers(candidate, codePoint));
    if (subset) {
      needed.add(subset);
    }
  }
  return subsets.filter((subset) => needed.has(subset));
}

/**
 * Every subset of one weight of a Fontsource package (`@fontsource/noto-sans-kr`), from its
 * `unicode.json`; WOFF files, since the SVG renderer reads WOFF but not WOFF2.
 */
export function fontsourceSubsets(options: { readonly packageDir: string; readonly family: string; readonly weight: number }): FontSubset[] {
  const id = path.basename(options.packageDir);
  const unicode = JSON.parse(fs.readFileSync(path.join(options.packageDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(unicode).map(([key, range]) => ({
    family: options.family,
    file: path.join(options.packageDir, 'files', `${id}-${key.replace(/^\[(\d+)\]$/u, '$1')}-${options.weight}-normal.woff`),
    ranges: parseUnicodeRange(range),
  }));
}
