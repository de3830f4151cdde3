/** Folder, inside each locale's build, of the generated social cards. */
export const socialCardsDir = 'img/social-cards';

/**
 * Where a doc's social card lives, as a path below the locale's base URL: `/ko/quick-starts/next`
 * → `/img/social-cards/quick-starts/next.png`, the locale's home → `/img/social-cards/index.png`.
 * Shared by the plugin that renders the cards and the page metadata that links them.
 */
export function socialCardPathOf(permalink: string, baseUrl: string): string {
  const route = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//u, '');
  return `/${socialCardsDir}/${route === '' ? 'index' : route.replace(/\/$/u, '')}.png`;
}
