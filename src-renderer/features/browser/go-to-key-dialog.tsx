// Go to key… (Ctrl/⌘+G): a full key of this bucket, prefilled with the current folder. The key's
// folder opens with a listing segment at the key (one request, however deep the folder), the key
// selected; a key that does not exist puts the cursor on the first key after it.
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { Dialog } from '../../components/dialog';
import { PROVIDER_RULES, type StorageProvider, utf8ByteLength } from '../../contract';
import { parentPrefix } from '../../state/nav-slice';
import { useUiStore } from '../../state/ui-store';

export type KeyProblem = 'EMPTY' | 'TOO_LONG';

export function goToKeyProblem(key: string, provider: StorageProvider): KeyProblem | null {
  if (key === '') return 'EMPTY';
  if (utf8ByteLength(key) > PROVIDER_RULES[provider].maxKeyBytes) return 'TOO_LONG';
  return null;
}

export function GoToKeyDialog({ bucket, prefix, provider }: { bucket: string; prefix: string; provider: StorageProvider }) {
  const { t } = useTranslation();
  const id = useId();
  const close = useUiStore((s) => s.closeDialog);
  const [text, setText] = useState(prefix);
  const [submitted, setSubmitted] = useState(false);
  const key = text.replace(/^\/+/, '');
  const problem = submitted ? goToKeyProblem(key, provider) : null;
  const go = () => {
    setSubmitted(true);
    if (goToKeyProblem(key, provider)) return;
    close();
    const store = useUiStore.getState();
    if (key.endsWith('/')) store.openLocation(bucket, key);
    else store.openLocation(bucket, key.includes('/') ? parentPrefix(key) : '', key);
  };
  return (
    <Dialog title={t('goToKey.title')} onClose={close}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          go();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('goToKey.key')}</label>
          <input
            id={`${id}-key`}
            type="text"
            value={text}
            data-autofocus
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
            onChange={(e) => setText(e.target.value)}
          />
          {problem ? (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {t(`goToKey.problem.${problem}`, { max: PROVIDER_RULES[provider].maxKeyBytes.toLocaleString() })}
            </p>
          ) : (
            <p id={`${id}-hint`} className="hint">
              {t('goToKey.hint', { bucket })}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('goToKey.go')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
