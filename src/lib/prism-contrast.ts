import { themes, type PrismTheme } from 'prism-react-renderer';
import { contrastRatio, luminance } from './logos';

/** WCAG AA contrast for normal-size text. */
export const minimumTextContrast = 4.5;

/** Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` into channels, or `undefined` for anything else. */
function parseColor(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
    return [0, 2, 4].map((offset) => Number.parseInt(digits.slice(offset, offset + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/iu.exec(color.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

const toHex = (channels: readonly number[]): string =>
  channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('');

/**
 * Moves a text color toward black (on a light background) or white (on a dark one) in small steps
 * until it reaches `minimum` contrast against the background. Colors already readable are kept.
 */
export function readableColor(color: string, background: string, minimum = minimumTextContrast): string {
  const foreground = parseColor(color);
  const back = parseColor(background);
  if (!foreground || !back) {
    return color;
  }
  const backLuminance = luminance(toHex(back));
  const target = backLuminance > 0.5 ? 0 : 255;
  for (let step = 0; step <= 20; step += 1) {
    const mixed = foreground.map((channel) => channel + ((target - channel) * step) / 20);
    if (contrastRatio(luminance(toHex(mixed)), backLuminance) >= minimum) {
      return step === 0 ? color : `#${toHex(mixed)}`;
    }
  }
  return `#${toHex([target, target, target])}`;
}

/** A copy of a Prism theme whose token colors all reach WCAG AA contrast on its background. */
export function withReadableTokens(theme: PrismTheme, minimum = minimumTextContrast): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const fix = (color: string | undefined) => (color === undefined ? undefined : readableColor(color, background, minimum));
  return {
    plain: { ...theme.plain, ...(theme.plain.color && { color: fix(theme.plain.color) }) },
    styles: theme.styles.map((style) => ({
      ...style,
      // Faded tokens (opacity) would undo the contrast, so they are shown at full strength.
      style: { ...style.style, ...(style.style.color && { color: fix(style.style.color) }), ...(style.style.opacity !== undefined && { opacity: 1 }) },
    })),
  };
}

/** The code blocks' theme in light mode: GitHub's, with readable tokens. */
export const prismLightTheme = withReadableTokens(themes.github);

/** The code blocks' theme in dark mode: Dracula, with readable tokens. */
export const prismDarkTheme = withReadableTokens(themes.dracula);
