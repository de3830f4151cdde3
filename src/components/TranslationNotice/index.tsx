import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import Admonition from '@theme/Admonition';
import { noticeFor, translationStatusPluginName, type TranslationNotice as Notice } from '@site/src/i18n-status/notice';
import type { TranslationStatusGlobalData } from '@site/src/i18n-status/types';

/** What the notice of a doc page needs from it: `metadata.source` and `metadata.permalink` of `useDoc()`. */
export type TranslationNoticeProps = {
  readonly source: string;
  readonly permalink: string;
};

/** The notice the current doc page shows, `undefined` for none (see {@link noticeFor}). */
export function useTranslationNotice({ source, permalink }: TranslationNoticeProps): Notice | undefined {
  const { i18n } = useDocusaurusContext();
  const status = usePluginData(translationStatusPluginName, undefined, { failfast: false }) as
    | TranslationStatusGlobalData
    | undefined;
  return noticeFor({
    source,
    permalink,
    locale: i18n.currentLocale,
    defaultLocale: i18n.defaultLocale,
    localeBaseUrl: i18n.localeConfigs[i18n.currentLocale]?.baseUrl ?? '/',
    defaultBaseUrl: i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/',
    status,
  });
}

/**
 * Tells the reader of a non-English build, in their language, that a page is shown in English
 * because it is not translated, or that its translation may be outdated (with a link to the English).
 */
export default function TranslationNotice({ notice }: { readonly notice: Notice | undefined }): ReactNode {
  const { i18n } = useDocusaurusContext();
  if (notice === undefined) {
    return null;
  }
  if (notice.kind === 'missing') {
    return (
      <Admonition
        type="info"
        className="translation-notice translation-notice--missing"
        title={translate({ id: 'translationNotice.missing.title', message: 'Not translated yet', description: 'Title of the notice on a page shown in English' })}>
        <p>
          {translate(
            {
              id: 'translationNotice.missing',
              message: 'This page has not been translated into {language} yet, so it is shown in English.',
              description: 'Notice on a page that a non-English build shows in English because it has no translation',
            },
            { language: i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale },
          )}
        </p>
      </Admonition>
    );
  }
  const english = i18n.localeConfigs[i18n.defaultLocale];
  return (
    <Admonition
      type="caution"
      className="translation-notice translation-notice--outdated"
      title={translate({
        id: 'translationNotice.outdated.title',
        message: 'This translation may be out of date',
        description: 'Title of the notice on a translated page whose English original changed',
      })}>
      <p>
        <Translate id="translationNotice.outdated" description="Notice on a translated page whose English original changed since it was translated">
          The English original of this page has changed since it was translated, so some of this page may be outdated or still in English.
        </Translate>
        {notice.englishUrl !== undefined && (
          <>
            {' '}
            {/* The English page is not a route of this locale's build: `pathname://` links to it as is. */}
            <Link to={`pathname://${notice.englishUrl}`} autoAddBaseUrl={false} hrefLang={english?.htmlLang}>
              <Translate id="translationNotice.outdated.link" description="Link from an outdated translation to its English original">
                Read the English original
              </Translate>
            </Link>
          </>
        )}
      </p>
    </Admonition>
  );
}
