// Last line of defence: a render error anywhere below shows a localized notice with Reload
// instead of unmounting the whole tree into a blank window.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../translation';
import { WarningIcon } from './icons';

function CrashView({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-view crash-view" role="alert">
      <WarningIcon className="error-icon" />
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.hint')}</p>
      <button type="button" className="button primary" onClick={onReload}>
        {t('crash.reload')}
      </button>
    </div>
  );
}

type Props = { children: ReactNode; onReload?: () => void };

export class AppErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the error and component stack: no props or state, which may hold form input.
    console.error('Renderer crashed:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <CrashView onReload={this.props.onReload ?? (() => window.location.reload())} />;
  }
}
