/** @vitest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TranslationProvider } from '../translation';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n';
import { AppErrorBoundary } from './error-boundary';

function Boom(): never {
  throw new Error('render failed');
}

afterEach(cleanup);

describe('AppErrorBoundary', () => {
  it.each([
    ['en', 'Something went wrong', 'Reload'],
    ['zh-CN', '出错了', '重新加载'],
  ] as const)('shows a localized notice with Reload instead of a blank window (%s)', async (language, title, reload) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React and the boundary report the error
    const onReload = vi.fn();
    render(
      <TranslationProvider i18n={createI18n(language)}>
        <AppErrorBoundary onReload={onReload}>
          <Boom />
        </AppErrorBoundary>
      </TranslationProvider>,
    );
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: reload }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
