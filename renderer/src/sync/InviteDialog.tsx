import { useEffect, useRef, useState } from 'react';
import type { SyncSession } from './syncSession';

/** Asks the server for a new invitation to the shared notebook (editors only) and shows it to copy. */
export function InviteDialog({ session, onClose }: { session: SyncSession; onClose: () => void }) {
  const [role, setRole] = useState<'editor' | 'reader'>('reader');
  const [days, setDays] = useState(30);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const create = async () => {
    setError(null);
    try {
      setToken(await session.mintInvitation(role, days));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog sync-dialog" role="dialog" aria-modal="true" aria-label="Invite to this notebook">
        <h2>Invite to this notebook</h2>
        <p>
          Server address: <code>{session.settings.serverUrl}</code>
        </p>
        <label>
          Role
          <select ref={first} value={role} onChange={(e) => setRole(e.target.value as 'editor' | 'reader')}>
            <option value="reader">Reader (sees everything, changes nothing)</option>
            <option value="editor">Editor</option>
          </select>
        </label>
        <label>
          Valid for (days)
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(Math.max(1, Math.min(365, Number(e.target.value) || 1)))} />
        </label>
        <button type="button" onClick={() => void create()}>
          Create invitation
        </button>
        {token ? (
          <label>
            New invitation (give it with the server address)
            <textarea readOnly value={token} rows={3} onFocus={(e) => e.currentTarget.select()} />
          </label>
        ) : null}
        {error ? (
          <p role="alert" className="sync-error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
