/** The environment variables that switch the site from its offline search to Algolia DocSearch. */
export const docSearchEnvironmentVariables = ['ALGOLIA_APP_ID', 'ALGOLIA_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

/** `themeConfig.algolia` of `@docusaurus/theme-search-algolia`, as far as this site sets it. */
export type DocSearchConfig = {
  readonly appId: string;
  readonly apiKey: string;
  readonly indexName: string;
  /** Restricts results to the reader's locale (DocSearch's `language` facet). */
  readonly contextualSearch: true;
};

/** Which search the site ships: DocSearch when configured, the offline Pagefind index otherwise. */
export type SearchConfig =
  | { readonly engine: 'docsearch'; readonly algolia: DocSearchConfig }
  | { readonly engine: 'local' };

/**
 * Chooses the site's search from the environment: all three DocSearch variables set (non-empty) →
 * DocSearch; none set → the offline search. Some but not all set is a deployment mistake, so it
 * throws instead of silently shipping the other engine.
 */
export function searchConfigFrom(env: Readonly<Record<string, string | undefined>>): SearchConfig {
  const values = docSearchEnvironmentVariables.map((name) => [name, env[name]?.trim() ?? ''] as const);
  const missing = values.filter(([, value]) => value === '').map(([name]) => name);
  if (missing.length === docSearchEnvironmentVariables.length) {
    return { engine: 'local' };
  }
  if (missing.length > 0) {
    const set = values.filter(([, value]) => value !== '').map(([name]) => name);
    throw new Error(
      `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not: ` +
        `set all of ${docSearchEnvironmentVariables.join(', ')} to use Algolia DocSearch, or none of them for the offline search.`,
    );
  }
  const [appId, apiKey, indexName] = values.map(([, value]) => value) as [string, string, string];
  return { engine: 'docsearch', algolia: { appId, apiKey, indexName, contextualSearch: true } };
}
