// One translator for the whole renderer. react-i18next 17's `useTranslation(ns, props = {})` gets a
// new props object on every call, which defeats its own useMemo: each call rebuilds its options,
// snapshot getter and closures, and each component that mounts copies the i18n instance
// (createI18nWrapper, ~2 ms of a big folder's first render). The app calls it once, here, and every
// component reads the result from context: a language change still re-renders every reader.
import { type i18n as I18n, type TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
// eslint-disable-next-line no-restricted-imports -- the one place the renderer uses react-i18next's hook and provider
import { I18nextProvider, useTranslation as useI18nextTranslation } from 'react-i18next';

export interface Translation {
  t: TFunction;
  i18n: I18n;
}

const TranslationContext = createContext<Translation | null>(null);

function Translator({ children }: { children: ReactNode }) {
  const { t, i18n } = useI18nextTranslation();
  const value = useMemo(() => ({ t, i18n }), [t, i18n]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

export function TranslationProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Translator>{children}</Translator>
    </I18nextProvider>
  );
}

/** The app's translator and i18n instance (inside TranslationProvider). */
export function useTranslation(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useTranslation: no TranslationProvider above this component');
  return value;
}
