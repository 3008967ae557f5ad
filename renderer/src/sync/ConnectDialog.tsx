import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectRequest } from './sharedNotebook';

interface Props {
  title: string;
  submitLabel: string;
  /** What this action does to the notebook, said before anything happens. */
  explanation: ReactNode;
  onSubmit: (request: ConnectRequest) => Promise<void>;
  onClose: () => void;
}

/** Server address, invitation and name: the form Share and Join have in common. Escape closes it. */
export function ConnectDialog({ title, submitLabel, explanation, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ serverUrl, token, name });
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form className="dialog sync-dialog" role="dialog" aria-modal="true" aria-label={title} onSubmit={(e) => void submit(e)}>
        <h2>{title}</h2>
        <p>{explanation}</p>
        <label>
          {t('connectDialog.serverAddress')}
          <input ref={first} value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} placeholder={t('connectDialog.serverPlaceholder')} spellCheck={false} required />
        </label>
        <label>
          {t('connectDialog.invitation')}
          <textarea value={token} onChange={(e) => setToken(e.target.value)} rows={3} spellCheck={false} required />
        </label>
        <label>
          {t('connectDialog.yourName')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {error ? (
          <p role="alert" className="sync-error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('connectDialog.cancel')}
          </button>
          <button type="submit" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
