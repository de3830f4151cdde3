import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { translate } from '@docusaurus/Translate';
import { pagefindSearchOptions } from '../../search-options';
import styles from './styles.module.css';

/** One result as the search bar shows it. */
type Hit = { readonly id: string; readonly url: string; readonly title: string; readonly excerpt: string };

/** The part of Pagefind's browser API (`pagefind/pagefind.js`) that the search bar uses. */
type PagefindResultData = {
  readonly url: string;
  readonly meta: { readonly title?: string };
  readonly excerpt: string;
  readonly sub_results?: readonly { readonly title: string; readonly url: string; readonly excerpt: string }[];
};
type PagefindApi = {
  options(options: typeof pagefindSearchOptions): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ readonly results: readonly { readonly id: string; data(): Promise<PagefindResultData> }[] } | null>;
};

type Status = 'idle' | 'loading' | 'ready' | 'unavailable';

/** How many results the list shows. */
const maxResults = 8;

/** The first sub-result (a heading of the page) is the better target when the match is below it. */
function toHit(id: string, data: PagefindResultData): Hit {
  const section = data.sub_results?.[0];
  const useSection = section !== undefined && section.url !== data.url;
  return {
    id,
    url: useSection ? section.url : data.url,
    title: useSection && section.title !== data.meta.title ? `${data.meta.title ?? ''} › ${section.title}` : (data.meta.title ?? data.url),
    excerpt: useSection ? section.excerpt : data.excerpt,
  };
}

/**
 * The navbar's offline search: a combobox (WAI-ARIA 1.2 pattern) over this locale's Pagefind index.
 * Pagefind's script and WebAssembly load from this site on first focus; nothing third-party loads.
 * Keys: `/` or Ctrl/⌘+K focus it, ↑/↓ move through results, Enter opens one, Escape closes the list.
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const { siteConfig } = useDocusaurusContext();
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const inputRef = useRef<HTMLInputElement>(null);
  const pagefindRef = useRef<Promise<PagefindApi> | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly Hit[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const listboxId = `${baseId}-results`;
  const optionId = (index: number) => `${baseId}-result-${index}`;

  const loadPagefind = useCallback((): Promise<PagefindApi> => {
    if (!pagefindRef.current) {
      setStatus('loading');
      pagefindRef.current = (import(/* webpackIgnore: true */ pagefindUrl) as Promise<PagefindApi>).then(async (pagefind) => {
        await pagefind.options(pagefindSearchOptions);
        await pagefind.init();
        setStatus('ready');
        return pagefind;
      });
      pagefindRef.current.catch(() => setStatus('unavailable'));
    }
    return pagefindRef.current;
  }, [pagefindUrl]);

  useEffect(() => {
    const term = query.trim();
    if (term === '') {
      setHits([]);
      setActive(-1);
      return undefined;
    }
    let cancelled = false;
    void (async () => {
      try {
        const pagefind = await loadPagefind();
        const search = await pagefind.debouncedSearch(term, {}, 150);
        if (search === null || cancelled) {
          return;
        }
        const data = await Promise.all(search.results.slice(0, maxResults).map(async (result) => toHit(result.id, await result.data())));
        if (!cancelled) {
          setHits(data);
          setActive(data.length > 0 ? 0 : -1);
        }
      } catch {
        // The status says why: the index is missing (development server) or failed to load.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [query, loadPagefind]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target !== null && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const go = (hit: Hit | undefined) => {
    if (!hit) {
      return;
    }
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
    // Results carry full paths (`/ko/quick-starts/next`); the router's paths are below the locale's base URL.
    history.push(hit.url.startsWith(siteConfig.baseUrl) ? `/${hit.url.slice(siteConfig.baseUrl.length)}` : hit.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + hits.length) % hits.length);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(hits[active]);
    } else if (event.key === 'Escape') {
      if (open && query !== '') {
        event.preventDefault();
        setOpen(false);
      } else {
        setQuery('');
      }
    }
  };

  const showList = open && query.trim() !== '';
  // Shown under the box, and announced, when there is no result list to show.
  const message =
    status === 'unavailable'
      ? translate({
          id: 'search.unavailable',
          message: 'Search is available in the production build (npm run build, then npm run serve).',
          description: 'Shown in the search results when the search index could not be loaded',
        })
      : showList && status === 'ready' && hits.length === 0
        ? translate(
            { id: 'search.noResults', message: 'No results for “{query}”', description: 'Shown when a search finds nothing' },
            { query: query.trim() },
          )
        : '';

  return (
    <div className={styles.searchBar} role="search">
      <label htmlFor={`${baseId}-input`} className={styles.visuallyHidden}>
        {translate({ id: 'search.label', message: 'Search the docs', description: 'Accessible label of the navbar search box' })}
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listboxId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={translate({ id: 'search.placeholder', message: 'Search', description: 'Placeholder of the navbar search box' })}
        value={query}
        onFocus={() => {
          setOpen(true);
          void loadPagefind().catch(() => undefined);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && hits.length > 0 && (
        <ul
          id={listboxId}
          role="listbox"
          aria-label={translate({ id: 'search.results', message: 'Search results', description: 'Accessible name of the list of search results' })}
          className={styles.results}
        >
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={clsx(styles.result, index === active && styles.active)}
              // Keep focus in the input so that the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => go(hit)}
            >
              <span className={styles.title}>{hit.title}</span>
              {/* Pagefind's excerpt is the page's own text, HTML-escaped, with matches in <mark>. */}
              <span className={styles.excerpt} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ul>
      )}
      {showList && message !== '' && <p className={styles.message}>{message}</p>}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {showList && status === 'ready' && hits.length > 0
          ? translate(
              { id: 'search.resultCount', message: '{count} results', description: 'Announced to screen readers after a search' },
              { count: hits.length },
            )
          : message}
      </div>
    </div>
  );
}
