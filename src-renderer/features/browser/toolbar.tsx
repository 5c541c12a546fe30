// The toolbar above the table: Back, Forward, Up, the Location field, then the commands.
// Other features drop a group of buttons in `afterNewFolder` (transfers: Upload…, Download…).
// Disabled buttons keep a tooltip (title) that says why.
import { useQuery } from '@tanstack/react-query';
import { memo, type ReactNode, useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { BackIcon, ForwardIcon, InfoIcon, PlusIcon, RefreshIcon, TrashIcon, UpIcon } from '../../components/icons';
import { bucketsOptions } from '../../queries/profiles';
import { useUiStore } from '../../state/ui-store';
import { parseLocation } from './location';

type ToolButtonProps = { label: string; icon?: ReactNode; showLabel?: boolean; disabledReason?: string | null; onClick: () => void };

function ToolButton({ label, icon, showLabel, disabledReason, onClick }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={showLabel ? 'button small tool-button' : 'icon-button'}
      aria-label={label}
      title={disabledReason ?? label}
      disabled={Boolean(disabledReason)}
      onClick={onClick}
    >
      {icon}
      {showLabel && <span>{label}</span>}
    </button>
  );
}

function LocationField({ profileId, bucket, prefix }: { profileId: string; bucket: string; prefix: string }) {
  const { t } = useTranslation();
  const id = useId();
  const buckets = useQuery(bucketsOptions(profileId));
  const current = `${bucket}/${prefix}`;
  const [text, setText] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  // Another location shows its own path: adjusted while rendering, not in an effect, so opening a
  // folder renders once (an effect's second render ran before the first page could be shown).
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setText(current);
    setProblem(null);
  }

  const go = () => {
    const parsed = parseLocation(text, buckets.data ?? []);
    if ('problem' in parsed) {
      setProblem(t(`location.problem.${parsed.problem}`, { bucket: parsed.bucket ?? '' }));
      return;
    }
    setProblem(null);
    useUiStore.getState().openLocation(parsed.bucket, parsed.prefix, parsed.revealKey);
  };

  return (
    <div className="location">
      <input
        type="text"
        aria-label={t('location.label')}
        className="location-input"
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go();
          else if (e.key === 'Escape') {
            setText(current);
            setProblem(null);
          } else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="location-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

type ToolbarProps = {
  profileId: string;
  bucket: string;
  prefix: string;
  onNewFolder: () => void;
  onCreateLink: () => void;
  onDelete: () => void;
  onRefresh: () => void;
  /** Shows or hides the Properties panel. */
  onProperties: () => void;
  /** Why Create link… cannot be used here (an OSS Archive bucket), or nothing. */
  createLinkDisabledReason?: string | null;
  /** The slot after New folder… for another feature's group of buttons. */
  afterNewFolder?: ReactNode;
};

/** Memoized (the browser passes stable props): a listing page arriving does not re-render it. */
export const Toolbar = memo(function Toolbar({ profileId, bucket, prefix, onNewFolder, onCreateLink, onDelete, onRefresh, onProperties, createLinkDisabledReason, afterNewFolder }: ToolbarProps) {
  const { t } = useTranslation();
  const canBack = useUiStore((s) => s.back.length > 0);
  const canForward = useUiStore((s) => s.forward.length > 0);
  const hasSelection = useUiStore((s) => s.selectedKeys.size > 0);
  const propertiesOpen = useUiStore((s) => s.propertiesOpen);
  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar nav-toolbar">
      <div className="tool-group">
        <ToolButton label={t('toolbar.back')} icon={<BackIcon />} disabledReason={canBack ? null : t('toolbar.backDisabled')} onClick={() => useUiStore.getState().goBack()} />
        <ToolButton label={t('toolbar.forward')} icon={<ForwardIcon />} disabledReason={canForward ? null : t('toolbar.forwardDisabled')} onClick={() => useUiStore.getState().goForward()} />
        <ToolButton label={t('toolbar.up')} icon={<UpIcon />} disabledReason={prefix ? null : t('toolbar.upDisabled')} onClick={() => useUiStore.getState().goUp()} />
      </div>
      <LocationField profileId={profileId} bucket={bucket} prefix={prefix} />
      <div className="tool-group">
        <ToolButton label={t('toolbar.newFolder')} icon={<PlusIcon />} showLabel onClick={onNewFolder} />
        {afterNewFolder}
        <ToolButton label={t('toolbar.createLink')} showLabel disabledReason={createLinkDisabledReason ?? null} onClick={onCreateLink} />
        <ToolButton label={t('toolbar.delete')} icon={<TrashIcon />} showLabel disabledReason={hasSelection ? null : t('toolbar.deleteDisabled')} onClick={onDelete} />
        <button type="button" className="button small tool-button" aria-pressed={propertiesOpen} title={t('toolbar.propertiesTip')} onClick={onProperties}>
          <InfoIcon />
          <span>{t('toolbar.properties')}</span>
        </button>
        <ToolButton label={t('toolbar.refresh')} icon={<RefreshIcon />} onClick={onRefresh} />
      </div>
    </div>
  );
});
