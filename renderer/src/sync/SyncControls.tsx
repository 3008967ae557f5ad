import { useState } from 'react';
import { describeSyncStatus } from '@common/sync/syncStatus';
import { ConnectDialog } from './ConnectDialog';
import { InviteDialog } from './InviteDialog';
import { usePeers, useSharedNotebook, useSyncStatus } from './sharedNotebook';

const time = (ms: number) => new Date(ms).toLocaleString(undefined, { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });

/** The toolbar's Share / Join / Invite / Stop sharing buttons and their dialogs. */
export function SyncControls() {
  const { session, share, join, leave } = useSharedNotebook();
  const [open, setOpen] = useState<'share' | 'join' | 'invite' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {session ? (
        <>
          {session.settings.role === 'editor' ? (
            <button type="button" onClick={() => setOpen('invite')}>
              Invite…
            </button>
          ) : null}
          <button type="button" onClick={() => void leave()}>
            Stop sharing
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => setOpen('share')}>
            Share notebook…
          </button>
          <button type="button" onClick={() => setOpen('join')}>
            Join notebook…
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
          title="Share notebook"
          submitLabel="Share"
          explanation={<>Everything in this notebook goes to the sync server. Use an editor invitation made on the server with <code>npm run sync-invite</code>.</>}
          onSubmit={share}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'join' ? (
        <ConnectDialog
          title="Join notebook"
          submitLabel="Join"
          explanation="This window’s notebook is replaced by the shared one (it is kept as an automatic backup first, if it holds any work)."
          onSubmit={async (request) => {
            const kept = await join(request);
            setNotice(kept ? `Your notebook was kept as the backup ${kept}.` : null);
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
  const status = useSyncStatus();
  const peers = usePeers();
  if (status.kind === 'local') return null;
  return (
    <aside className={`sync-corner sync-${status.kind}`} aria-label="Sync">
      <span role="status" aria-label="Sync status">
        {describeSyncStatus(status, time)}
      </span>
      {peers.length > 0 ? (
        <ul aria-label="People in this notebook">
          {peers.map((peer) => (
            <li key={peer.clientId}>
              <span className="sync-dot" style={{ background: peer.color }} aria-hidden="true" />
              {peer.name}
              {peer.noteTitle ? ` — in “${peer.noteTitle}”` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
