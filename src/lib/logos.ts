/**
 * The framework logos the guides use: the file name in `static/img/logos/` (without `.svg`) and
 * the simple-icons slug it is rendered from. simple-icons is CC0; the logos are trademarks of
 * their owners and are used only to name the framework a guide is for.
 */
export const logoSources = {
  nextjs: 'nextdotjs',
  react: 'react',
  vue: 'vuedotjs',
  javascript: 'javascript',
  angular: 'angular',
  express: 'express',
  svelte: 'svelte',
  nuxt: 'nuxt',
  remix: 'remix',
  capacitor: 'capacitor',
  chrome: 'googlechrome',
  expo: 'expo',
  nodejs: 'nodedotjs',
  astro: 'astro',
} as const satisfies Record<string, string>;

/** Relative luminance (WCAG) of a `rrggbb` color. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.039_28 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two relative luminances. */
export function contrastRatio(a: number, b: number): number {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Renders a brand icon as a self-contained SVG in its brand color, or in white on the dark theme
 * when the brand color would be too faint against a dark background (3:1, the WCAG minimum for
 * graphics).
 */
export function renderLogo(options: { readonly svg: string; readonly hex: string; readonly variant: 'light' | 'dark' }): string {
  const { svg, hex, variant } = options;
  // The stock theme's page backgrounds: white, and #1b1b1d in dark mode.
  const background = luminance(variant === 'light' ? 'ffffff' : '1b1b1d');
  const color = contrastRatio(luminance(hex), background) >= 3 ? `#${hex}` : variant === 'dark' ? '#ffffff' : '#000000';
  return svg.replace('<svg ', `<svg fill="${color}" `).trim() + '\n';
}
