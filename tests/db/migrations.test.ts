import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { MIGRATIONS } from '../../renderer/src/db/migrations';
import { FIXTURES } from './fixtures';
import { fill004 } from './fixtures/004';
import { fill001 } from './fixtures/001';
import { fill006 } from './fixtures/006';

/** The newest schema version, read from the migration files' names (versions may have gaps). */
const NEWEST = Math.max(...readdirSync(join(__dirname, '../../renderer/src/db/migrations')).flatMap((f) => (/^\d{3}\.ts$/.test(f) ? [Number(f.slice(0, 3))] : [])));

describe('Dexie migrations', () => {
  it('has one fixture for every migration', () => {
    expect(FIXTURES).toHaveLength(MIGRATIONS.length);
  });

  for (let count = 1; count <= MIGRATIONS.length; count++) {
    it(`opens the newest schema over data written by migration ${count} of ${MIGRATIONS.length}`, async () => {
      const name = `migrate-from-${count}`;
      const old = new NotebookDb(name, count);
      await old.open();
      for (const fixture of FIXTURES.slice(0, count)) await fixture.fill(old);
      old.close();

      const latest = new NotebookDb(name);
      await latest.open();
      expect(latest.verno).toBe(NEWEST);
      for (const fixture of FIXTURES.slice(0, count)) await fixture.check(latest);
      latest.close();
      await latest.delete();
    });
  }

  it('gives version 4 events actors and a place when opened by version 5', async () => {
    const old = new NotebookDb('upgrade-4-5', 4);
    await old.open();
    await fill004(old);
    old.close();
    const latest = new NotebookDb('upgrade-4-5');
    await latest.open();
    expect(await latest.events.get('event-1')).toMatchObject({ actorIds: [], placeId: '' });
    latest.close();
    await latest.delete();
  });

  it('lets version 5 sources share a file name once opened by version 6, and gives current versions their size', async () => {
    const old = new NotebookDb('upgrade-5-6', 5);
    await old.open();
    await fill001(old);
    // Version 5 refuses a second source with a taken file name: the index was unique.
    await expect(old.sources.add({ ...(await old.sources.toCollection().first())!, id: 'other' })).rejects.toThrow();
    old.close();
    const latest = new NotebookDb('upgrade-5-6');
    await latest.open();
    const first = (await latest.sources.toCollection().first())!;
    await latest.sources.add({ ...first, id: 'other', path: '/b/003_02ccfc7f2b3def74.txt' });
    expect(await latest.sources.where('fileName').equals('003_02ccfc7f2b3def74.txt').count()).toBe(2);
    expect((await latest.versions.get('a'.repeat(64)))?.byteSize).toBe(2985);
    latest.close();
    await latest.delete();
  });

  it('finds the sources already in the Trash by an index once opened by version 8', async () => {
    const old = new NotebookDb('upgrade-7-8', 7);
    await old.open();
    await fill006(old);
    await old.sources.update('source-6b', { deletedAt: '2026-03-01T10:00:00.000Z' });
    old.close();
    const latest = new NotebookDb('upgrade-7-8');
    await latest.open();
    expect(await latest.sources.where('deletedAt').above('').primaryKeys()).toEqual(['source-6b']);
    // Restored (the field removed, as trashSources does): out of the index.
    await latest.sources.update('source-6b', { deletedAt: undefined });
    expect(await latest.sources.where('deletedAt').above('').count()).toBe(0);
    latest.close();
    await latest.delete();
  });
});
