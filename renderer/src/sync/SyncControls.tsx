import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSyncStatus } from '@common/sync/syncStatus';
import { ConnectDialog } from './ConnectDialog';
import { InviteDialog } from './InviteDialog';
import { usePeers, useSharedNotebook, useSyncStatus } from './sharedNotebook';

/** The server's command that makes an invitation: a command, not words to translate. */
const INVITE_COMMAND = 'npm run sync-invite';

const time = (ms: number) => new Date(ms).toLocaleString(undefined, { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });

/** The toolbar's Share / Join / Invite / Stop sharing buttons and their dialogs. */
export function SyncControls() {
  const { t } = useTranslation();
  const { session, share, join, leave } = useSharedNotebook();
  const [open, setOpen] = useState<'share' | 'join' | 'invite' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {session ? (
        <>
          {session.settings.role === 'editor' ? (
            <button type="button" onClick={() => setOpen('invite')}>
              {t('syncControls.invite')}
            </button>
          ) : null}
          <button type="button" onClick={() => void leave()}>
            {t('syncControls.stopSharing')}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => setOpen('share')}>
            {t('syncControls.shareNotebookEllipsis')}
          </button>
          <button type="button" onClick={() => setOpen('join')}>
            {t('syncControls.joinNotebookEllipsis')}
          </button>
        </>
      )}
      {notice ? (
        <span role="status" className="sync-notice">
          {notice}
        </span>
      ) : null}
      {open === 'share' ? (
        <ConnectDialog
          title={t('syncControls.shareNotebook')}
          submitLabel={t('syncControls.share')}
          explanation={
            <>
              {t('syncControls.shareExplanation')} <code>{INVITE_COMMAND}</code>.
            </>
          }
          onSubmit={share}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'join' ? (
        <ConnectDialog
          title={t('syncControls.joinNotebook')}
          submitLabel={t('syncControls.join')}
          explanation={t('syncControls.joinExplanation')}
          onSubmit={async (request) => {
            const kept = await join(request);
            setNotice(kept ? t('syncControls.keptAsBackup', { name: kept }) : null);
          }}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'invite' && session ? <InviteDialog session={session} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

/** The corner status of a shared notebook, and who else is in it. */
export function SyncStatusCorner() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const peers = usePeers();
  if (status.kind === 'local') return null;
  return (
    <aside className={`sync-corner sync-${status.kind}`} aria-label={t('syncControls.sync')}>
      <span role="status" aria-label={t('syncControls.syncStatus')}>
        {describeSyncStatus(status, time)}
      </span>
      {peers.length > 0 ? (
        <ul aria-label={t('syncControls.peopleInThisNotebook')}>
          {peers.map((peer) => (
            <li key={peer.clientId}>
              <span className="sync-dot" style={{ background: peer.color }} aria-hidden="true" />
              {peer.name}
              {peer.noteTitle ? t('syncControls.inNote', { title: peer.noteTitle }) : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
