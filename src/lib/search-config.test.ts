import { describe, expect, it } from 'vitest';
import { searchConfigFrom } from './search-config';

describe('searchConfigFrom', () => {
  it('uses the offline search when no DocSearch variable is set', () => {
    expect(searchConfigFrom({})).toEqual({ engine: 'local' });
    expect(searchConfigFrom({ ALGOLIA_APP_ID: '', ALGOLIA_API_KEY: ' ', PATH: '/usr/bin' })).toEqual({ engine: 'local' });
  });

  it('uses DocSearch, per locale, when all three variables are set', () => {
    expect(searchConfigFrom({ ALGOLIA_APP_ID: 'APP', ALGOLIA_API_KEY: 'search-key', ALGOLIA_INDEX_NAME: 'quick-starts' })).toEqual({
      engine: 'docsearch',
      algolia: { appId: 'APP', apiKey: 'search-key', indexName: 'quick-starts', contextualSearch: true },
    });
  });

  it('refuses a partial DocSearch configuration and names what is missing', () => {
    expect(() => searchConfigFrom({ ALGOLIA_APP_ID: 'APP', ALGOLIA_INDEX_NAME: 'quick-starts' })).toThrow(
      'ALGOLIA_APP_ID, ALGOLIA_INDEX_NAME are set but ALGOLIA_API_KEY is not: set all of ALGOLIA_APP_ID, ALGOLIA_API_KEY, ALGOLIA_INDEX_NAME to use Algolia DocSearch, or none of them for the offline search.',
    );
    expect(() => searchConfigFrom({ ALGOLIA_API_KEY: 'search-key' })).toThrow(
      'ALGOLIA_API_KEY is set but ALGOLIA_APP_ID, ALGOLIA_INDEX_NAME are not',
    );
  });
});
