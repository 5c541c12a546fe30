import { useEffect, useSyncExternalStore } from 'react';
import { type ThemePref } from './state/prefs-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function systemIsDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Resolves 'system' against the OS setting and writes data-theme on <html> for the CSS variables. */
export function useAppliedTheme(pref: ThemePref): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(subscribeSystemTheme, systemIsDark);
  const theme = pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
