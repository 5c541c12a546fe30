/** @vitest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../i18n';
import { usePrefs } from '../../state/prefs-store';
import { openBucket, setupApp } from '../../test/render-app';

describe('language and theme', () => {
  it('maps the OS locale to a shipped language', () => {
    expect(detectLanguage('zh-CN')).toBe('zh-CN');
    expect(detectLanguage('zh-TW')).toBe('zh-CN');
    expect(detectLanguage('en-GB')).toBe('en');
    expect(detectLanguage('de-DE')).toBe('en');
  });

  it('follows the OS locale when nothing was chosen', async () => {
    const spy = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language');
    Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
    try {
      setupApp({}, { language: null });
      expect(await screen.findByRole('tree', { name: '存储桶' })).toBeTruthy();
    } finally {
      if (spy) Object.defineProperty(navigator, 'language', spy);
      delete (navigator as { language?: string }).language;
    }
  });

  it('switches to Simplified Chinese and back, including accessible names', async () => {
    const { user } = setupApp();
    await openBucket(user, 'demo-oss');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(await screen.findByRole('grid', { name: '对象' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: '路径' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(usePrefs.getState().language).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(await screen.findByRole('grid', { name: 'Objects' })).toBeTruthy();
  });

  it('applies light, dark and system themes to the document', async () => {
    const { user } = setupApp();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(usePrefs.getState().theme).toBe('dark');
    window.matchMedia = ((query: string) => ({ matches: query.includes('dark'), addEventListener: () => undefined, removeEventListener: () => undefined })) as unknown as typeof window.matchMedia;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'system');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'light');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });
});
