import { describe, expect, it } from 'vitest';
import { describeSyncStatus, nextSyncStatus, type SyncSignal, type SyncStatus } from '@common/sync/syncStatus';

const rows: { name: string; from: SyncStatus; signals: SyncSignal[]; expected: SyncStatus }[] = [
  { name: 'connects then syncs', from: { kind: 'connecting' }, signals: [{ type: 'connected' }, { type: 'synced', unsynced: 0, readOnly: false }], expected: { kind: 'synced', readOnly: false } },
  { name: 'counts changes waiting for the server', from: { kind: 'synced', readOnly: false }, signals: [{ type: 'unsynced', count: 3, readOnly: false }], expected: { kind: 'syncing', changes: 3 } },
  { name: 'is synced again once the server has them all', from: { kind: 'syncing', changes: 3 }, signals: [{ type: 'unsynced', count: 0, readOnly: false }], expected: { kind: 'synced', readOnly: false } },
  { name: 'a reader is synced whatever it typed', from: { kind: 'synced', readOnly: true }, signals: [{ type: 'unsynced', count: 2, readOnly: true }], expected: { kind: 'synced', readOnly: true } },
  { name: 'keeps the first moment it went offline', from: { kind: 'synced', readOnly: false }, signals: [{ type: 'disconnected', at: 1000 }, { type: 'connecting' }, { type: 'disconnected', at: 5000 }], expected: { kind: 'offline', since: 1000 } },
  { name: 'stays offline until synced again after reconnecting', from: { kind: 'offline', since: 1 }, signals: [{ type: 'unsynced', count: 4, readOnly: false }, { type: 'connected' }, { type: 'synced', unsynced: 0, readOnly: false }], expected: { kind: 'synced', readOnly: false } },
  { name: 'a refusal stands', from: { kind: 'connecting' }, signals: [{ type: 'refused', reason: 'expired' }, { type: 'connected' }, { type: 'synced', unsynced: 0, readOnly: false }], expected: { kind: 'refused', reason: 'expired' } },
];

describe('nextSyncStatus', () => {
  for (const row of rows) {
    it(row.name, () => expect(row.signals.reduce(nextSyncStatus, row.from)).toEqual(row.expected));
  }
});

describe('describeSyncStatus', () => {
  const time = (ms: number) => `t${ms}`;
  const texts: [SyncStatus, string][] = [
    [{ kind: 'synced', readOnly: false }, 'Synced'],
    [{ kind: 'synced', readOnly: true }, 'Synced (read only)'],
    [{ kind: 'syncing', changes: 1 }, 'Syncing 1 change'],
    [{ kind: 'syncing', changes: 7 }, 'Syncing 7 changes'],
    [{ kind: 'offline', since: 12 }, 'Offline since t12'],
    [{ kind: 'refused', reason: 'The invitation has expired.' }, 'Refused: The invitation has expired.'],
  ];
  for (const [status, text] of texts) it(`says “${text}”`, () => expect(describeSyncStatus(status, time)).toBe(text));
});
