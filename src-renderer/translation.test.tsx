/** @vitest-environment jsdom */
// The one translator: components read it from context, so react-i18next's hook (which rebuilds its
// options and closures on every call, and copies the i18n instance for each component that mounts)
// runs once per language, not once per component render. A language change still reaches them all.
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test wraps react-i18next's hook to count its calls
import type * as ReactI18next from 'react-i18next';
import { createI18n } from './i18n';
import { TranslationProvider, useTranslation } from './translation';

const hookCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('react-i18next', async (importOriginal) => {
  const original = await importOriginal<typeof ReactI18next>();
  return {
    ...original,
    useTranslation: (...args: Parameters<typeof original.useTranslation>) => {
      hookCalls.count += 1;
      return original.useTranslation(...args);
    },
  };
});

function Label({ n }: { n: number }) {
  const { t } = useTranslation();
  return <span data-testid={`label-${n}`}>{t('common.retry')}</span>;
}

let bump: () => void = () => {};
function Labels() {
  const [renders, setRenders] = useState(0);
  bump = () => setRenders((r) => r + 1);
  return (
    <div data-renders={renders}>
      {Array.from({ length: 20 }, (_, n) => (
        <Label key={`${renders}-${n}`} n={n} />
      ))}
    </div>
  );
}

describe('the app translator', () => {
  it('twenty components mounting and mounting again call react-i18next once, and a language change reaches every one', () => {
    const i18n = createI18n('en');
    render(
      <TranslationProvider i18n={i18n}>
        <Labels />
      </TranslationProvider>,
    );
    expect(screen.getByTestId('label-19').textContent).toBe('Retry');
    const afterMount = hookCalls.count;
    expect(afterMount).toBeLessThanOrEqual(2); // the provider's render (StrictMode-free: once)
    act(() => bump()); // 20 new components mount
    act(() => bump());
    expect(hookCalls.count).toBe(afterMount);
    act(() => void i18n.changeLanguage('zh-CN'));
    for (let n = 0; n < 20; n++) expect(screen.getByTestId(`label-${n}`).textContent).toBe('重试');
  });

  it('says which provider is missing when a component renders outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Label n={0} />)).toThrow(/no TranslationProvider/);
  });
});
