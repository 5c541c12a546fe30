import { useEffect } from 'react';
import { useTranslation } from '../../translation';
import { EmptyState } from '../../components/error-view';
import { CloseIcon } from '../../components/icons';
import { useMainEvents } from '../../queries/main-events';
import { useUiStore } from '../../state/ui-store';
import { ObjectBrowser } from '../browser/object-browser';
import { useListingPrefetch } from '../browser/use-listing-prefetch';
import { ConnectionBanner } from '../connection/connection-banner';
import { FindLinksPanel } from '../links/find-links-panel';
import { LinkCheckPanel } from '../links/link-check-panel';
import { AddAccountButton, useFirstRun } from '../profiles/add-account-button';
import { ProfilePanel } from '../profiles/profile-panel';
import { LanguageSelect, ThemeSelect } from '../settings/settings-controls';
import { Sidebar } from './sidebar';
import { ConflictDialog } from '../transfers/conflict-dialog';
import { TransfersPanel } from '../transfers/transfers-panel';
import { useTransferEvents } from '../transfers/use-transfer-events';
import { useInitialLocation } from './use-initial-location';

function Toast() {
  const { t } = useTranslation();
  const toast = useUiStore((s) => s.toast);
  const dismiss = useUiStore((s) => s.dismissToast);
  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(dismiss, toast.tone === 'error' ? 8000 : 3000);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  if (!toast) return null;
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={dismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  useMainEvents();
  useTransferEvents();
  useInitialLocation();
  useListingPrefetch();
  const profileId = useUiStore((s) => s.profileId);
  const bucket = useUiStore((s) => s.bucket);
  const dialog = useUiStore((s) => s.dialog);
  const firstRun = useFirstRun();

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <span className="toolbar-spacer" />
        <LanguageSelect />
        <ThemeSelect />
      </header>
      <ConnectionBanner />
      <div className="app-body">
        <Sidebar />
        <main className="main">
          {profileId && bucket ? (
            <ObjectBrowser key={`${profileId}\u0000${bucket}`} profileId={profileId} bucket={bucket} />
          ) : (
            <EmptyState title={t('main.chooseBucket')} hint={t(firstRun ? 'main.chooseBucketFirstRun' : 'main.chooseBucketHint')}>
              {firstRun && <AddAccountButton className="button primary" />}
            </EmptyState>
          )}
          <TransfersPanel />
        </main>
        <LinkCheckPanel />
        <FindLinksPanel />
      </div>
      {dialog?.kind === 'profiles' && <ProfilePanel />}
      <ConflictDialog />
      <Toast />
    </div>
  );
}
