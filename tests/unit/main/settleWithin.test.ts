import { describe, expect, it, vi } from 'vitest';
import { settleWithin } from '../../../main/electron/settleWithin';
import { ipcTimeoutFor, DEFAULT_IPC_TIMEOUT_MS } from '../../../main/electron/ipcTimeouts';

describe('settleWithin', () => {
  it('passes a result through', async () => {
    await expect(settleWithin(Promise.resolve({ ok: true as const, value: 3 }), 1000, 'readSeeds')).resolves.toEqual({ ok: true, value: 3 });
  });
  it('turns a rejection into a readable error instead of leaving the caller waiting', async () => {
    await expect(settleWithin(Promise.reject(new Error('disk full')), 1000, 'writeAutoBackup')).resolves.toEqual({ ok: false, error: 'writeAutoBackup failed: disk full' });
  });
  it('answers a call that never settles with a timeout error', async () => {
    vi.useFakeTimers();
    try {
      const pending = settleWithin(new Promise<never>(() => undefined), 120_000, 'readSeeds');
      await vi.advanceTimersByTimeAsync(120_000);
      await expect(pending).resolves.toEqual({ ok: false, error: 'readSeeds did not answer within 120 s.' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('ipcTimeoutFor', () => {
  it('gives calls that wait on a person in a dialog far longer than file work', () => {
    expect(ipcTimeoutFor('saveTextFile')).toBe(60 * 60_000);
    expect(ipcTimeoutFor('openTextFiles')).toBe(60 * 60_000);
    expect(ipcTimeoutFor('readSeeds')).toBe(DEFAULT_IPC_TIMEOUT_MS);
    expect(DEFAULT_IPC_TIMEOUT_MS).toBe(120_000);
  });
});
