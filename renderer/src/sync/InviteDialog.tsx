import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncSession } from './syncSession';

/** Asks the server for a new invitation to the shared notebook (editors only) and shows it to copy. */
export function InviteDialog({ session, onClose }: { session: SyncSession; onClose: () => void }) {
  const { t } = useTranslation();
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
      <div className="dialog sync-dialog" role="dialog" aria-modal="true" aria-label={t('inviteDialog.inviteToThisNotebook')}>
        <h2>{t('inviteDialog.inviteToThisNotebook')}</h2>
        <p>
          {t('inviteDialog.serverAddress')} <code>{session.settings.serverUrl}</code>
        </p>
        <label>
          {t('inviteDialog.role')}
          <select ref={first} value={role} onChange={(e) => setRole(e.target.value as 'editor' | 'reader')}>
            <option value="reader">{t('inviteDialog.reader')}</option>
            <option value="editor">{t('inviteDialog.editor')}</option>
          </select>
        </label>
        <label>
          {t('inviteDialog.validForDays')}
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(Math.max(1, Math.min(365, Number(e.target.value) || 1)))} />
        </label>
        <button type="button" onClick={() => void create()}>
          {t('inviteDialog.createInvitation')}
        </button>
        {token ? (
          <label>
            {t('inviteDialog.newInvitation')}
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
            {t('inviteDialog.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
