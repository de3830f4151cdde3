import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { localizedUrl } from '@site/src/i18n-status/notice';
import type { FileStatus, LocaleStatus, OutdatedFile, StatusPageData, StatusPageLink } from '@site/src/i18n-status/types';
import styles from './styles.module.css';

/** Links to a page of any locale: checked client-side links within this build, plain links to others. */
function usePageLinks(): (link: StatusPageLink, locale: string, children: ReactNode) => ReactNode {
  const { i18n } = useDocusaurusContext();
  return (link, locale, children) => {
    const config = i18n.localeConfigs[locale];
    if (locale === i18n.currentLocale || !config) {
      return <Link to={link.route}>{children}</Link>;
    }
    // Another locale's page is not a route of this build: `pathname://` skips the router and the
    // broken-link check, and the URL already carries that locale's base URL.
    return (
      <Link to={`pathname://${localizedUrl(link.route, config.baseUrl)}`} autoAddBaseUrl={false} hrefLang={config.htmlLang}>
        {children}
      </Link>
    );
  };
}

function kindLabel(file: FileStatus): string {
  switch (file.kind) {
    case 'page':
      return translate({ id: 'translationStatus.kind.page', message: 'page', description: 'A doc page, in the translation status lists' });
    case 'partial':
      return translate({
        id: 'translationStatus.kind.partial',
        message: 'partial',
        description: "A part of one guide (a file starting with _), in the translation status lists",
      });
    default:
      return translate({
        id: 'translationStatus.kind.fragment',
        message: 'shared fragment',
        description: 'A part shared by several guides, in the translation status lists',
      });
  }
}

function reasonLabel(file: OutdatedFile): string {
  return file.reason === 'changed'
    ? translate({
        id: 'translationStatus.reason.changed',
        message: 'the English changed since it was translated',
        description: 'Why a translation is outdated: its English source changed',
      })
    : translate({
        id: 'translationStatus.reason.unmarked',
        message: 'no i18n-source marker, so its English source is unknown: review it, then mark it current',
        description: 'Why a translation is outdated: it does not record which English it was translated from',
      });
}

type EntryProps = {
  readonly file: FileStatus;
  readonly locale: string;
  readonly data: StatusPageData;
};

/** One file to work on: its page (or the pages that use it), the file to edit or create, and why. */
function Entry({ file, locale, data }: EntryProps): ReactNode {
  const { i18n } = useDocusaurusContext();
  const pageLink = usePageLinks();
  const page = data.pages[file.source];
  const usedBy = (data.report.usedBy[file.source] ?? []).flatMap((source) => {
    const link = data.pages[source];
    return link ? [{ source, link }] : [];
  });
  return (
    <li className={styles.entry}>
      {page ? (
        <>
          {pageLink(page, file.state === 'missing' ? i18n.defaultLocale : locale, page.title)}
          {file.state === 'outdated' && (
            <>
              {' · '}
              {pageLink(
                page,
                i18n.defaultLocale,
                <Translate id="translationStatus.englishOriginal" description="Link to the English page a translation mirrors">
                  English original
                </Translate>,
              )}
            </>
          )}
        </>
      ) : (
        <span className={styles.kind}>{kindLabel(file)}</span>
      )}
      <div>
        <code>{file.translation}</code>
        {file.state === 'outdated' ? (
          <span className={styles.detail}>
            {' '}
            ({reasonLabel(file)};{' '}
            <Translate
              id="translationStatus.compareWith"
              description="Names the English file an outdated translation is compared with"
              values={{ file: <code>{file.source}</code> }}>
              {'English: {file}'}
            </Translate>
            )
          </span>
        ) : (
          <span className={styles.detail}>
            {' '}
            (
            <Translate
              id="translationStatus.translateFrom"
              description="Names the English file a missing translation is made from"
              values={{ file: <code>{file.source}</code> }}>
              {'translate {file}'}
            </Translate>
            )
          </span>
        )}
      </div>
      {!page && usedBy.length > 0 && (
        <div className={styles.detail}>
          <Translate id="translationStatus.usedBy" description="Introduces the pages that render a partial or fragment">
            Used by:
          </Translate>{' '}
          {usedBy.map(({ source, link }, index) => (
            <span key={source}>
              {index > 0 && ', '}
              {pageLink(link, locale, link.title)}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}

function LocaleSection({ status, data }: { readonly status: LocaleStatus; readonly data: StatusPageData }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const label = i18n.localeConfigs[status.locale]?.label ?? status.locale;
  const { counts, percent, total } = status;
  const values = { ...counts, total, percent };
  return (
    <section className={styles.locale} aria-labelledby={status.locale}>
      <Heading as="h2" id={status.locale}>
        {label} <code>{status.locale}</code>
      </Heading>
      <progress
        className={styles.progress}
        max={total}
        value={counts.current}
        aria-label={translate(
          {
            id: 'translationStatus.progressLabel',
            message: '{language}: {percent}% translated and up to date',
            description: 'Accessible name of a locale progress bar',
          },
          { language: label, percent },
        )}
      />
      <p className={styles.summary}>
        <Translate
          id="translationStatus.summary"
          description="Counts of one locale: current, outdated and missing files"
          values={values}>
          {'{percent}% — {current} of {total} files translated and up to date, {outdated} outdated, {missing} missing'}
        </Translate>
      </p>
      {status.outdated.length > 0 && (
        <>
          <Heading as="h3" id={`${status.locale}-outdated`}>
            <Translate id="translationStatus.outdated.heading" description="Heading of a locale's outdated files" values={{ count: counts.outdated }}>
              {'Outdated ({count})'}
            </Translate>
          </Heading>
          <p>
            <Translate
              id="translationStatus.outdated.hint"
              description="Tells translators how to update an outdated translation"
              values={{ command: <code>npm run i18n:mark-current -- &lt;file&gt;</code> }}>
              {'Compare each translation with its English original, update it, then mark it current with {command}.'}
            </Translate>
          </p>
          <ul>
            {status.outdated.map((file) => (
              <Entry key={file.source} file={file} locale={status.locale} data={data} />
            ))}
          </ul>
        </>
      )}
      {status.missing.length > 0 && (
        <>
          <Heading as="h3" id={`${status.locale}-missing`}>
            <Translate id="translationStatus.missing.heading" description="Heading of a locale's missing files" values={{ count: counts.missing }}>
              {'Missing ({count})'}
            </Translate>
          </Heading>
          <ul>
            {status.missing.map((file) => (
              <Entry key={file.source} file={file} locale={status.locale} data={data} />
            ))}
          </ul>
        </>
      )}
      {status.orphans.length > 0 && (
        <>
          <Heading as="h3" id={`${status.locale}-orphans`}>
            <Translate id="translationStatus.orphans.heading" description="Heading of translations without an English source" values={{ count: status.orphans.length }}>
              {'Without an English source ({count})'}
            </Translate>
          </Heading>
          <ul>
            {status.orphans.map((orphan) => (
              <li key={orphan} className={styles.entry}>
                <code>{orphan}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {status.outdated.length + status.missing.length + status.orphans.length === 0 && (
        <p>
          <Translate id="translationStatus.done" description="Shown for a locale with nothing left to translate">
            Every file is translated and up to date.
          </Translate>
        </p>
      )}
    </section>
  );
}

/** The translation status page: per locale, a progress bar and the outdated and missing files, linked to their pages. */
export default function TranslationStatusPage({ data }: { readonly data: StatusPageData }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const title = translate({ id: 'translationStatus.title', message: 'Translation status', description: 'Title of the translation status page' });
  // The reader's own locale first: it is the one they are most likely to help with.
  const locales = [...data.report.locales].sort(
    (a, b) => Number(b.locale === i18n.currentLocale) - Number(a.locale === i18n.currentLocale),
  );
  return (
    <Layout
      title={title}
      description={translate({
        id: 'translationStatus.description',
        message: 'How much of the site each language translates, and what to translate or update next.',
        description: 'Meta description of the translation status page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="translationStatus.intro" description="Introduction of the translation status page">
            Computed when the site was built, from each translation's record of the English it was translated from.
          </Translate>
        </p>
        {locales.map((status) => (
          <LocaleSection key={status.locale} status={status} data={data} />
        ))}
      </main>
    </Layout>
  );
}
