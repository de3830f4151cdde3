import { describe, expect, it } from 'vitest';
import { englishUrlOf, localizedUrl, noticeFor, routeOf, type NoticeInput } from './notice';
import type { TranslationStatusGlobalData } from './types';

const koStatus: TranslationStatusGlobalData = {
  locale: 'ko',
  localizedDocsPrefix: 'i18n/ko/docusaurus-plugin-content-docs/current/',
  englishDocsPrefix: 'docs/',
  missing: ['docs/quick-starts/vue/README.mdx'],
  outdated: {
    'docs/quick-starts/next/README.mdx': [{ source: 'fragments/_checkpoint.mdx', state: 'outdated' }],
  },
  statusRoute: '/translation-status',
};

const ko = (overrides: Partial<NoticeInput>): NoticeInput => ({
  source: '@site/i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/README.mdx',
  permalink: '/ko/quick-starts/next',
  locale: 'ko',
  defaultLocale: 'en',
  localeBaseUrl: '/ko/',
  defaultBaseUrl: '/',
  status: koStatus,
  ...overrides,
});

describe('noticeFor', () => {
  it('shows the missing notice on an English page of a non-English build', () => {
    expect(noticeFor(ko({ source: '@site/docs/quick-starts/vue/README.mdx', permalink: '/ko/quick-starts/vue' }))).toEqual({
      kind: 'missing',
    });
  });

  it('links an outdated translation to its English original, without the locale prefix', () => {
    expect(noticeFor(ko({}))).toEqual({
      kind: 'outdated',
      englishUrl: '/quick-starts/next',
      problems: [{ source: 'fragments/_checkpoint.mdx', state: 'outdated' }],
    });
  });

  it('shows nothing on a current translation', () => {
    expect(
      noticeFor(
        ko({ source: '@site/i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/react/README.mdx', permalink: '/ko/quick-starts/react' }),
      ),
    ).toBeUndefined();
  });

  it('shows nothing in the default locale, without the plugin, or with another locale’s data', () => {
    const english = { source: '@site/docs/quick-starts/vue/README.mdx', permalink: '/quick-starts/vue', localeBaseUrl: '/' };
    expect(noticeFor(ko({ ...english, locale: 'en', status: { ...koStatus, locale: 'en' } }))).toBeUndefined();
    expect(noticeFor(ko({ status: undefined }))).toBeUndefined();
    expect(noticeFor(ko({ locale: 'ja', localeBaseUrl: '/ja/' }))).toBeUndefined();
  });

  it('works for the home page and for a site under a sub-path', () => {
    const home = { 'docs/README.mdx': [{ source: 'docs/README.mdx', state: 'outdated' as const }] };
    expect(
      noticeFor(
        ko({
          source: '@site/i18n/ko/docusaurus-plugin-content-docs/current/README.mdx',
          permalink: '/docs/ko/',
          localeBaseUrl: '/docs/ko/',
          defaultBaseUrl: '/docs/',
          status: { ...koStatus, outdated: home },
        }),
      ),
    ).toEqual({ kind: 'outdated', englishUrl: '/docs/', problems: home['docs/README.mdx'] });
  });
});

describe('routes and URLs', () => {
  it('strips and applies a locale base URL', () => {
    expect(routeOf('/ko/quick-starts/next', '/ko/')).toBe('/quick-starts/next');
    expect(routeOf('/ko', '/ko/')).toBe('/');
    expect(routeOf('/ko/', '/ko/')).toBe('/');
    expect(routeOf('/quick-starts/next', '/')).toBe('/quick-starts/next');
    expect(routeOf('/kor/quick-starts', '/ko/')).toBeUndefined();
    expect(localizedUrl('/quick-starts/next', '/zh-CN/')).toBe('/zh-CN/quick-starts/next');
    expect(localizedUrl('/', '/')).toBe('/');
  });

  it('maps a translated permalink to the English one', () => {
    expect(englishUrlOf('/zh-CN/quick-starts/next-app-router', '/zh-CN/', '/')).toBe('/quick-starts/next-app-router');
    expect(englishUrlOf('/quick-starts/next', '/ko/', '/')).toBeUndefined();
  });
});
