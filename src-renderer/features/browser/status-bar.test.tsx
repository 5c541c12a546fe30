/** @vitest-environment jsdom */
// The status bar's loading line waits before it shows: a page that answers quickly shows none.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_INDICATOR_DELAY_MS } from '../../components/use-delayed-flag';
import { createI18n } from '../../i18n';
import { type LanguagePref } from '../../state/prefs-store';
import { TranslationProvider } from '../../translation';
import { StatusBar } from './status-bar';

const noRows = new Map();
const bar = (loading: boolean, count = 3, language: LanguagePref = 'en', loadedAll = false) => (
  <TranslationProvider i18n={createI18n(language)}>
    <StatusBar count={count} loadedAll={loadedAll} loading={loading} rowByKey={noRows} />
  </TranslationProvider>
);

describe('StatusBar', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows Loading… with its spinner only for a wait longer than the delay', () => {
    const { container, rerender } = render(bar(true));
    expect(screen.getByRole('status').textContent).not.toContain('Loading…');
    act(() => void vi.advanceTimersByTime(BUSY_INDICATOR_DELAY_MS));
    expect(screen.getByRole('status').textContent).toContain('Loading…');
    expect(container.querySelector('.spinner')).not.toBeNull();
    rerender(bar(false));
    expect(screen.getByRole('status').textContent).not.toContain('Loading…');
    expect(container.querySelector('.spinner')).toBeNull();
  });

  it.each([
    ['en', false, '185,001 items loaded, more to come'],
    ['en', true, '1,000,000 items'],
    ['zh-CN', false, '已加载 185,001 项，还有更多'],
  ] as const)('groups the count as the language does (%s)', (language, loadedAll, text) => {
    render(bar(false, loadedAll ? 1_000_000 : 185_001, language, loadedAll));
    expect(screen.getByRole('status').textContent).toBe(text);
  });
});
