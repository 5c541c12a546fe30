// User preferences survive restarts (localStorage); they hold no server data and no secrets.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemePref = 'light' | 'dark' | 'system';
export type LanguagePref = 'en' | 'zh-CN';

export type PrefsState = {
  theme: ThemePref;
  /** null: follow the OS locale. */
  language: LanguagePref | null;
  lastProfileId: string | null;
  setTheme: (theme: ThemePref) => void;
  setLanguage: (language: LanguagePref) => void;
  setLastProfileId: (id: string) => void;
};

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      theme: 'system',
      language: null,
      lastProfileId: null,
      setTheme: (theme) => set({ theme }),
      setLanguage: (language) => set({ language }),
      setLastProfileId: (lastProfileId) => set({ lastProfileId }),
    }),
    { name: 'symbucket.prefs', version: 1 },
  ),
);
