/**
 * What the corner of the window says about a shared notebook, from the provider's events: a pure
 * reducer so every transition is tested by hand.
 */
export type SyncStatus =
  | { readonly kind: 'local' }
  | { readonly kind: 'connecting' }
  | { readonly kind: 'synced'; readonly readOnly: boolean }
  | { readonly kind: 'syncing'; readonly changes: number }
  | { readonly kind: 'offline'; readonly since: number }
  | { readonly kind: 'refused'; readonly reason: string };

export type SyncSignal =
  | { readonly type: 'connecting' }
  | { readonly type: 'connected' }
  | { readonly type: 'disconnected'; readonly at: number }
  | { readonly type: 'synced'; readonly unsynced: number; readonly readOnly: boolean }
  | { readonly type: 'unsynced'; readonly count: number; readonly readOnly: boolean }
  | { readonly type: 'refused'; readonly reason: string };

export function nextSyncStatus(status: SyncStatus, signal: SyncSignal): SyncStatus {
  // A refusal stands until the user joins again: retrying with the same invitation cannot help.
  if (status.kind === 'refused') return status;
  switch (signal.type) {
    case 'refused':
      return { kind: 'refused', reason: signal.reason };
    case 'connecting':
      return status.kind === 'offline' ? status : { kind: 'connecting' };
    case 'connected':
      return status.kind === 'offline' ? { kind: 'connecting' } : status;
    case 'disconnected':
      return status.kind === 'offline' ? status : { kind: 'offline', since: signal.at };
    case 'synced':
    case 'unsynced': {
      if (status.kind === 'offline') return status;
      const count = signal.type === 'synced' ? signal.unsynced : signal.count;
      // A reader's changes are never taken by the server: they are not "waiting to sync".
      if (count > 0 && !signal.readOnly) return { kind: 'syncing', changes: count };
      if (signal.type === 'unsynced' && status.kind === 'connecting') return status;
      return { kind: 'synced', readOnly: signal.readOnly };
    }
  }
}

export function describeSyncStatus(status: SyncStatus, formatTime: (ms: number) => string): string {
  switch (status.kind) {
    case 'local':
      return 'Not shared';
    case 'connecting':
      return 'Connecting…';
    case 'synced':
      return status.readOnly ? 'Synced (read only)' : 'Synced';
    case 'syncing':
      return `Syncing ${status.changes} ${status.changes === 1 ? 'change' : 'changes'}`;
    case 'offline':
      return `Offline since ${formatTime(status.since)}`;
    case 'refused':
      return `Refused: ${status.reason}`;
  }
}
