// The dialog shape New folder and Rename share: one textbox "Name", Enter confirms, the
// problem shown beside the field.
import { type ReactNode, useId } from 'react';
import { useTranslation } from '../../translation';
import { Dialog } from '../../components/dialog';

type NameDialogProps = {
  title: string;
  name: string;
  onName: (name: string) => void;
  problem: string | null;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children?: ReactNode;
};

export function NameDialog({ title, name, onName, problem, submitLabel, busy, onSubmit, onCancel, children }: NameDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog title={title} onClose={onCancel}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('operations.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            data-autofocus
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => onName(e.target.value)}
          />
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        {children}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
