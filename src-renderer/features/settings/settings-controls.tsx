import { useTranslation } from '../../translation';
import { languages } from '../../i18n';
import { type LanguagePref, type ThemePref, usePrefs } from '../../state/prefs-store';

const THEMES: ThemePref[] = ['system', 'light', 'dark'];

export function ThemeSelect() {
  const { t } = useTranslation();
  const theme = usePrefs((s) => s.theme);
  const setTheme = usePrefs((s) => s.setTheme);
  return (
    <select className="compact-select" aria-label={t('settings.theme')} title={t('settings.theme')} value={theme} onChange={(e) => setTheme(e.target.value as ThemePref)}>
      {THEMES.map((value) => (
        <option key={value} value={value}>
          {t(`settings.themes.${value}`)}
        </option>
      ))}
    </select>
  );
}

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const setLanguage = usePrefs((s) => s.setLanguage);
  return (
    <select className="compact-select" aria-label={t('settings.language')} title={t('settings.language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value as LanguagePref)}>
      {languages.map((lng) => (
        <option key={lng} value={lng} lang={lng}>
          {t(`settings.languages.${lng}`)}
        </option>
      ))}
    </select>
  );
}
