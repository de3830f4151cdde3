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
