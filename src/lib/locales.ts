/** The locales the site is published in; English is the source every other locale mirrors. */
export const defaultLocale = 'en';

/**
 * Every locale with the label shown in the locale dropdown, the BCP 47 tag for `<html lang>`, and an
 * explicit base URL so that a locale built alone (`--locale ko`, one CI job per locale) links and
 * declares hreflang alternates exactly as the all-locales build does.
 */
export const localeConfigs = {
  en: { label: 'English', htmlLang: 'en', baseUrl: '/' },
  ko: { label: '한국어', htmlLang: 'ko', baseUrl: '/ko/' },
  ja: { label: '日本語', htmlLang: 'ja', baseUrl: '/ja/' },
  'zh-CN': { label: '简体中文', htmlLang: 'zh-CN', baseUrl: '/zh-CN/' },
  'zh-TW': { label: '繁體中文', htmlLang: 'zh-TW', baseUrl: '/zh-TW/' },
  de: { label: 'Deutsch', htmlLang: 'de', baseUrl: '/de/' },
  es: { label: 'Español', htmlLang: 'es', baseUrl: '/es/' },
  fr: { label: 'Français', htmlLang: 'fr', baseUrl: '/fr/' },
  'pt-BR': { label: 'Português (Brasil)', htmlLang: 'pt-BR', baseUrl: '/pt-BR/' },
} as const satisfies Record<string, { label: string; htmlLang: string; baseUrl: string }>;

/** A locale code of the site. */
export type Locale = keyof typeof localeConfigs;

/** All locale codes, English first. */
export const locales = Object.keys(localeConfigs) as Locale[];

/** The locales that translate English (every locale but the default). */
export const translatedLocales = locales.filter((locale) => locale !== defaultLocale);

/** The site's name and one-line summary in each locale (tab titles, social cards, llms.txt). */
export const siteTexts: Record<Locale, { readonly title: string; readonly tagline: string }> = {
  en: { title: 'Logto quick starts', tagline: 'Add sign-in to your app with Logto, one framework at a time.' },
  ko: { title: 'Logto 빠른 시작', tagline: '프레임워크별 가이드를 따라 앱에 Logto 로그인을 추가하세요.' },
  ja: { title: 'Logto クイックスタート', tagline: 'フレームワークごとのガイドで、アプリに Logto のサインインを追加しましょう。' },
  'zh-CN': { title: 'Logto 快速开始', tagline: '按框架分步指南，为你的应用添加 Logto 登录。' },
  'zh-TW': { title: 'Logto 快速入門', tagline: '依框架分步指南，為你的應用程式加入 Logto 登入。' },
  de: { title: 'Logto-Schnellstarts', tagline: 'Anmeldung mit Logto in Ihre App einbauen – eine Anleitung pro Framework.' },
  es: { title: 'Guías de inicio rápido de Logto', tagline: 'Añade el inicio de sesión con Logto a tu app, una guía por framework.' },
  fr: { title: 'Démarrages rapides Logto', tagline: 'Ajoutez la connexion avec Logto à votre application, un framework à la fois.' },
  'pt-BR': { title: 'Guias de início rápido do Logto', tagline: 'Adicione login com o Logto ao seu app, um framework por vez.' },
};

/** The locale Docusaurus is building or serving (it sets this variable before loading the config). */
export function currentLocale(): Locale {
  const value = process.env.DOCUSAURUS_CURRENT_LOCALE;
  return value && value in localeConfigs ? (value as Locale) : defaultLocale;
}
