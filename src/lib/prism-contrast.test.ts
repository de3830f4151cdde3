import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from './logos';
import { minimumTextContrast, readableColor, withReadableTokens } from './prism-contrast';

const ratio = (a: string, b: string) => contrastRatio(luminance(a.replace('#', '')), luminance(b.replace('#', '')));

describe('readableColor', () => {
  it('keeps a readable color and darkens a faint one on a light background', () => {
    expect(readableColor('#393A34', '#f6f8fa')).toBe('#393A34');
    const fixed = readableColor('#36acaa', '#f6f8fa');
    expect(fixed).not.toBe('#36acaa');
    expect(ratio(fixed, '#f6f8fa')).toBeGreaterThanOrEqual(minimumTextContrast);
  });

  it('lightens a faint color on a dark background and accepts rgb()', () => {
    const fixed = readableColor('rgb(98, 114, 164)', '#282A36');
    expect(ratio(fixed, '#282A36')).toBeGreaterThanOrEqual(minimumTextContrast);
  });
});

describe('withReadableTokens', () => {
  it.each(['github', 'dracula'] as const)('makes every token of %s readable on its background', (name) => {
    const theme = withReadableTokens(themes[name]);
    const background = theme.plain.backgroundColor!;
    for (const style of theme.styles) {
      if (style.style.color?.startsWith('#')) {
        expect(ratio(style.style.color, background), style.types.join()).toBeGreaterThanOrEqual(minimumTextContrast);
      }
    }
  });
});
