import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import TranslationNotice, { useTranslationNotice } from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

/**
 * The stock doc content, preceded by the translation notice. A page shown in English in another
 * locale's build is marked `lang` English, so screen readers read it as English.
 */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const { i18n } = useDocusaurusContext();
  const notice = useTranslationNotice({ source: metadata.source, permalink: metadata.permalink });
  const content = <Content {...props} />;
  return (
    <>
      <TranslationNotice notice={notice} />
      {notice?.kind === 'missing' ? <div lang={i18n.localeConfigs[i18n.defaultLocale]?.htmlLang}>{content}</div> : content}
    </>
  );
}
