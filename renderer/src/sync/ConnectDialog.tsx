import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
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
          Server address
          <input ref={first} value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} placeholder="wss://sync.example.org" spellCheck={false} required />
        </label>
        <label>
          Invitation
          <textarea value={token} onChange={(e) => setToken(e.target.value)} rows={3} spellCheck={false} required />
        </label>
        <label>
          Your name (shown to the others)
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {error ? (
          <p role="alert" className="sync-error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
