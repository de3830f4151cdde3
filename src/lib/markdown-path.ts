/**
 * Where a route's Markdown copy lives, relative to the locale's output folder: `/quick-starts/next`
 * → `quick-starts/next.md`, the locale's home → `index.md`. Shared by the build plugin that writes
 * the copies and the button that fetches them.
 */
export function markdownPathOf(permalink: string, baseUrl: string): string {
  const route = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//u, '');
  return route === '' ? 'index.md' : `${route.replace(/\/$/u, '')}.md`;
}
