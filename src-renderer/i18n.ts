import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { type LanguagePref } from './state/prefs-store';

export const languages: readonly LanguagePref[] = ['en', 'zh-CN'];

/** The OS / browser locale mapped onto the languages we ship. */
export function detectLanguage(locale: string = navigator.language): LanguagePref {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function createI18n(language: LanguagePref): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
