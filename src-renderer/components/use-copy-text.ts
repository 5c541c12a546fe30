// Copying text to the clipboard with a toast either way: the one way the renderer copies.
import { useCallback } from 'react';
import { useTranslation } from '../translation';
import { useUiStore } from '../state/ui-store';

/** `toastText`: what the "Copied …" toast names (default: the text itself). */
export function useCopyText(): (text: string, toastText?: string) => Promise<void> {
  const { t } = useTranslation();
  return useCallback(
    async (text: string, toastText = text) => {
      try {
        await navigator.clipboard.writeText(text);
        useUiStore.getState().showToast(t('toast.copied', { text: toastText }));
      } catch {
        useUiStore.getState().showToast(t('toast.copyFailed'), 'error');
      }
    },
    [t],
  );
}
