import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_PARTS, readBackup } from '@common/backup/backupFormat';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage } from '../../renderer/src/db/passages';
import { createNote } from '../../renderer/src/db/notes';
import { addEvidence, createEvent } from '../../renderer/src/db/events';
import { createEntity } from '../../renderer/src/db/entities';
import { backupJson, replaceTables, snapshotTables } from '../../renderer/src/backup/notebookTables';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';

let n = 0;
const opened: NotebookDb[] = [];
async function freshDb(): Promise<NotebookDb> {
  const db = new NotebookDb(`backup-${n++}`);
  opened.push(db);
  await db.open();
  await importBatch(db, await readSourceFiles(seedFiles(), 'seeds'));
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function fullNotebook(): Promise<NotebookDb> {
  const db = await freshDb();
  const sources = await db.sources.orderBy('fileName').toArray();
  const passages = [];
  for (const s of sources) passages.push(await createPassage(db, s.id, 10, 40, { tags: ['troupes'], memo: 'mémo 😀' }));
  const content = JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [{ type: 'passage-quote', version: 1, passageId: passages[0]!.id, sourceId: sources[0]!.id, sourceLabel: 'x', exact: passages[0]!.selector.exact, detached: false }] } });
  await createNote(db, 'Analyse', content);
  const event = await createEvent(db, { title: 'Rencontre', passageId: passages[1]!.id });
  await addEvidence(db, event.id, passages[2]!.id, 'denies', 'Pyongyang');
  await createEntity(db, 'Choe Son-hui', 'person');
  return db;
}

describe('backup and restore', () => {
  it('restores every table equal, and every link still resolves', async () => {
    const db = await fullNotebook();
    const json = await backupJson(db);
    const checked = await readBackup(json);
    expect(checked.ok).toBe(true);
    const target = await freshDb();
    await replaceTables(target, checked.ok ? checked.tables : (null as never));
    const before = await snapshotTables(db);
    const after = await snapshotTables(target);
    for (const part of BACKUP_PARTS) expect(after[part], part).toEqual(before[part]);
    // citation → passage → source, event → evidence → passage
    const link = (await target.noteLinks.toArray())[0]!;
    const passage = (await target.passages.get(link.targetId))!;
    expect(await target.sources.get(passage.sourceId)).toBeDefined();
    for (const e of await target.evidence.toArray()) expect(await target.passages.get(e.passageId)).toBeDefined();
  });

  describe('refuses hostile files with a reason', () => {
    let json = '';
    it('makes a backup to attack', async () => {
      json = await backupJson(await fullNotebook());
      expect(json.length).toBeGreaterThan(1000);
    });

    it.each([0.05, 0.3, 0.5, 0.77, 0.99])('refuses a file truncated at %f of its length', async (fraction) => {
      const result = await readBackup(json.slice(0, Math.floor(json.length * fraction)));
      expect(result).toMatchObject({ ok: false });
      expect(!result.ok && result.error).toMatch(/truncated or damaged|not a Verbatim backup/);
    });

    it.each([0.2, 0.45, 0.6, 0.85])('refuses a file with one character changed at %f of its length', async (fraction) => {
      const at = Math.floor(json.length * fraction);
      const flipped = json.slice(0, at) + (json[at] === 'a' ? 'b' : 'a') + json.slice(at + 1);
      const result = await readBackup(flipped);
      expect(result.ok).toBe(false);
    });

    it('refuses a backup from a newer format', async () => {
      const newer = json.replace('"version":1', '"version":2');
      expect(await readBackup(newer)).toEqual({ ok: false, error: expect.stringContaining('newer Verbatim (format 2') });
    });

    it('refuses deep nesting (a JSON bomb) without overflowing the stack', async () => {
      const bomb = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      expect(await readBackup(bomb)).toEqual({ ok: false, error: expect.stringContaining('nested') });
    });

    it('refuses a 100 MB string as not a backup', async () => {
      const huge = JSON.stringify({ format: 'nope', data: 'x'.repeat(100 * 1024 * 1024) });
      expect(await readBackup(huge)).toEqual({ ok: false, error: 'This file is not a Verbatim backup.' });
    });

    it('refuses a plain text file', async () => {
      expect(await readBackup('Ceci est un fichier texte.\n')).toMatchObject({ ok: false });
    });

    it('refuses a part whose records do not match its checksum', async () => {
      const parsed = JSON.parse(json);
      parsed.parts.passages.data = parsed.parts.passages.data.replace('troupes', 'TROUPES');
      expect(await readBackup(JSON.stringify(parsed))).toEqual({ ok: false, error: 'This backup is damaged: the part “passages” does not match its checksum.' });
    });
  });
});
