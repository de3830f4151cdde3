import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useCurrentSidebarCategory } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import ThemedImage from '@theme/ThemedImage';
import { filterGroups, groupsFromSidebar, type GuideCard } from './model';
import styles from './styles.module.css';

/** Folder in `static/` that holds the framework logos named by the guides' front matter. */
const logosPath = '/img/logos/';

function Logo({ guide }: { readonly guide: GuideCard }): ReactNode {
  const light = useBaseUrl(`${logosPath}${guide.logoFilename ?? ''}`);
  const dark = useBaseUrl(`${logosPath}${guide.darkLogoFilename ?? guide.logoFilename ?? ''}`);
  if (!guide.logoFilename) {
    return <span className={styles.logo} aria-hidden="true" />;
  }
  // The card's text names the framework, so the logo is decorative. Lazy: the server renders both
  // variants and an eager <img> gets a <link rel=preload> in the head, so 30 logos (half of them for
  // the other color mode, never shown) would be fetched ahead of the page's scripts.
  return <ThemedImage className={styles.logo} sources={{ light, dark }} alt="" width={40} height={40} loading="lazy" decoding="async" />;
}

function Card({ guide }: { readonly guide: GuideCard }): ReactNode {
  return (
    <li className={styles.cardItem}>
      <Link className={styles.card} to={guide.href}>
        <Logo guide={guide} />
        <span className={styles.cardText}>
          <span className={styles.cardTitle}>{guide.label}</span>
          <span className={styles.cardDescription}>{guide.description}</span>
        </span>
      </Link>
    </li>
  );
}

/**
 * The quick-start gallery: one card per guide of the current sidebar category, grouped by kind of
 * application, with a filter that narrows the cards as the reader types. Enter in the filter opens
 * the guide when exactly one remains.
 */
export default function QuickStartGallery(): ReactNode {
  const category = useCurrentSidebarCategory();
  const groups = useMemo(() => groupsFromSidebar(category.items), [category.items]);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => filterGroups(groups, query), [groups, query]);
  const count = visible.reduce((sum, group) => sum + group.guides.length, 0);
  const history = useHistory();
  const inputId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const only = visible[0]?.guides[0];
    if (event.key === 'Enter' && count === 1 && only) {
      history.push(only.href);
    }
    if (event.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <div className={styles.gallery}>
      <div className={styles.filter}>
        <label htmlFor={inputId} className={styles.filterLabel}>
          <Translate id="gallery.filter.label" description="Label of the box that filters the quick-start cards">
            Find your framework
          </Translate>
        </label>
        <input
          id={inputId}
          className={styles.filterInput}
          type="search"
          value={query}
          autoComplete="off"
          placeholder={translate({
            id: 'gallery.filter.placeholder',
            message: 'React, Express, native…',
            description: 'Placeholder of the box that filters the quick-start cards',
          })}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className={styles.filterStatus} role="status" aria-live="polite">
          {count === 0
            ? translate({
                id: 'gallery.filter.none',
                message: 'No guide matches. Try the name of your framework or language.',
                description: 'Shown when the filter leaves no quick-start card',
              })
            : translate(
                {
                  id: 'gallery.filter.count',
                  message: '{count} guides',
                  description: 'How many quick-start cards the filter shows',
                },
                { count },
              )}
        </p>
      </div>
      {visible.map((group) => (
        <section key={group.id} className={styles.group}>
          <Heading as="h2" id={group.id}>
            {group.label}
          </Heading>
          <ul className={styles.cards}>
            {group.guides.map((guide) => (
              <Card key={guide.href} guide={guide} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
