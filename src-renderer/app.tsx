// Providers: react-query, i18n (OS locale or the saved choice) and the theme.
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { TranslationProvider } from './translation';
import { AppErrorBoundary } from './components/error-boundary';
import { AppShell } from './features/layout/app-shell';
import { createI18n, detectLanguage } from './i18n';
import { usePrefs } from './state/prefs-store';
import { useAppliedTheme } from './theme';

export function createQueryClient(): QueryClient {
  // Observers hear of a settled query in the task that settled it (a microtask), not in a later
  // setTimeout task: a folder's first page is rendered in the task that brought it, so a frame
  // due in between cannot paint the table still loading and put the rows off by a whole frame.
  notifyManager.setScheduler(queueMicrotask);
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One retry policy: main already retries network/5xx failures with backoff, so a
        // failed query shows its error (with Retry) at once instead of multiplying attempts.
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const languagePref = usePrefs((s) => s.language);
  const themePref = usePrefs((s) => s.theme);
  const language = languagePref ?? detectLanguage();
  const [i18n] = useState(() => createI18n(language));
  useAppliedTheme(themePref);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  return (
    <QueryClientProvider client={client}>
      <TranslationProvider i18n={i18n}>
        <AppErrorBoundary>
          <AppShell />
        </AppErrorBoundary>
      </TranslationProvider>
    </QueryClientProvider>
  );
}
