import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoBackups, KEEP_AUTO_BACKUPS } from '../../../main/services/autoBackups';

describe('automatic backups', () => {
  it('keeps only the most recent ones, newest first', async () => {
    const data = mkdtempSync(join(tmpdir(), 'verbatim-auto-'));
    const backups = autoBackups(data);
    for (let i = 0; i < KEEP_AUTO_BACKUPS + 3; i++) await backups.write(`{"n":${i}}`, 'scheduled', new Date(Date.UTC(2026, 0, 1, 10, i)));
    const list = await backups.list();
    expect(list).toHaveLength(KEEP_AUTO_BACKUPS);
    const newest = KEEP_AUTO_BACKUPS + 2;
    expect(list[0]!.name).toBe(`verbatim-20260101T10${String(newest).padStart(2, '0')}00.json`);
    expect(await backups.read(list[0]!.name)).toBe(`{"n":${newest}}`);
    expect(readdirSync(join(data, 'backups'))).toHaveLength(KEEP_AUTO_BACKUPS);
  });

  it('refuses any name that is not one of its own (no path escapes)', async () => {
    const backups = autoBackups(mkdtempSync(join(tmpdir(), 'verbatim-auto-')));
    for (const name of ['../secret.json', '/etc/passwd', 'verbatim-x.json', 'verbatim-20260101T101200.json/../../a']) {
      await expect(backups.read(name)).rejects.toThrow('is not an automatic backup');
    }
  });

  it('never overwrites a backup made in the same second', async () => {
    const backups = autoBackups(mkdtempSync(join(tmpdir(), 'verbatim-auto-')));
    const at = new Date(Date.UTC(2026, 0, 1));
    const a = await backups.write('{"a":1}', 'scheduled', at);
    const b = await backups.write('{"b":2}', 'before-restore', at);
    expect(a.name).not.toBe(b.name);
    expect(b.name).toMatch(/before-restore\.json$/);
  });

  it('never rotates away a backup saved before a restore, so “kept as …” stays true', async () => {
    const data = mkdtempSync(join(tmpdir(), 'verbatim-auto-'));
    const backups = autoBackups(data);
    // Scheduled backups dated after it (a clock set back, or simply many of them) must not push it out.
    const kept = await backups.write('{"before":1}', 'before-restore', new Date(Date.UTC(2026, 0, 1, 9, 0)));
    for (let i = 0; i < KEEP_AUTO_BACKUPS + 2; i++) await backups.write(`{"n":${i}}`, 'scheduled', new Date(Date.UTC(2026, 0, 1, 10, i)));
    const names = (await backups.list()).map((b) => b.name);
    expect(names).toContain(kept.name);
    expect(await backups.read(kept.name)).toBe('{"before":1}');
    expect(names.filter((n) => !n.endsWith('-before-restore.json'))).toHaveLength(KEEP_AUTO_BACKUPS);
  });

  it('keeps the scheduled backup it has just written even when the clock went back', async () => {
    const backups = autoBackups(mkdtempSync(join(tmpdir(), 'verbatim-auto-')));
    for (let i = 0; i < KEEP_AUTO_BACKUPS; i++) await backups.write(`{"n":${i}}`, 'scheduled', new Date(Date.UTC(2026, 5, 1, 10, i)));
    const written = await backups.write('{"late":1}', 'scheduled', new Date(Date.UTC(2025, 0, 1)));
    expect((await backups.list()).map((b) => b.name)).toContain(written.name);
  });
});
