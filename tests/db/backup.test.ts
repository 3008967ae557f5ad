import { createHash } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_PARTS, buildBackup, readBackup, type BackupTables } from '@common/backup/backupFormat';
import { NotebookDb } from '../../renderer/src/db/database';
import { MIGRATIONS } from '../../renderer/src/db/migrations';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage } from '../../renderer/src/db/passages';
import { createNote } from '../../renderer/src/db/notes';
import { addEvidence, createEvent } from '../../renderer/src/db/events';
import { createEntity } from '../../renderer/src/db/entities';
import { backupJson, replaceTables, snapshotTables } from '../../renderer/src/backup/notebookTables';
import { checkRestorable } from '../../renderer/src/backup/restoreCheck';
import { planRestore } from '../../renderer/src/backup/backupActions';
import { changeSignature } from '../../renderer/src/backup/changeSignature';
import { addAlias } from '../../renderer/src/db/entities';
import { updateEvidence } from '../../renderer/src/db/events';
import { setTagColor } from '../../renderer/src/db/passages';
import { updateSourceDetails } from '../../renderer/src/db/sources';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';

let n = 0;
const opened: NotebookDb[] = [];
async function emptyDb(): Promise<NotebookDb> {
  const db = new NotebookDb(`backup-${n++}`);
  opened.push(db);
  await db.open();
  return db;
}
async function freshDb(): Promise<NotebookDb> {
  const db = await emptyDb();
  await importBatch(db, await readSourceFiles(seedFiles(), 'seeds'));
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function seedHashes(): Promise<Set<string>> {
  return new Set((await readSourceFiles(seedFiles(), 'seeds')).sources.map((s) => s.hash));
}

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

/** A backup whose checksums are all valid, made from tables changed by `change`. */
async function backupWith(change: (t: BackupTables) => void, schemaVersion = MIGRATIONS.length): Promise<string> {
  const tables = await snapshotTables(await fullNotebook());
  change(tables);
  return buildBackup(tables, '2026-11-30T08:00:00.000Z', schemaVersion);
}

async function restoreCheck(json: string) {
  return checkRestorable(await readBackup(json));
}

describe('backup and restore', () => {
  it('restores every table equal, and every link still resolves', async () => {
    const db = await fullNotebook();
    const checked = await restoreCheck(await backupJson(db));
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

  it('writes a large part as several chunks, each line far smaller than the notebook', async () => {
    const tables = await snapshotTables(await fullNotebook());
    const text = 'Une phrase du corpus. '.repeat(50_000); // 1.1 M characters
    const sourceId = (tables.sources[0] as { id: string }).id;
    for (let i = 0; i < 12; i++) tables.versions.push({ hash: `big-${i}`, sourceId, text, importedAt: '2026-11-30T08:00:00.000Z' });
    const json = await buildBackup(tables, '2026-11-30T08:00:00.000Z', MIGRATIONS.length);
    const lines = json.split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => l.startsWith('{"part":"versions"')).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(6 * 1024 * 1024);
    const read = await readBackup(json);
    expect(read.ok && read.tables.versions.length).toBe(tables.versions.length);
  });

  it('still reads a backup in format 1 (one object, one checksum per table)', async () => {
    const tables = await snapshotTables(await fullNotebook());
    // Format 1 as it was written, rebuilt here with Node's own SHA-256.
    const parts: Record<string, unknown> = {};
    for (const name of BACKUP_PARTS) {
      const data = JSON.stringify(tables[name]);
      parts[name] = { sha256: createHash('sha256').update(data, 'utf8').digest('hex'), count: tables[name].length, data };
    }
    const v1 = JSON.stringify({ format: 'verbatim-backup', version: 1, schemaVersion: MIGRATIONS.length, createdAt: '2026-01-01T00:00:00.000Z', parts });
    const checked = await restoreCheck(v1);
    expect(checked.ok && checked.tables).toEqual(tables);
  });

  describe('refuses hostile files, each for its own reason', () => {
    let json = '';
    let lines: string[] = [];
    beforeAll(async () => {
      json = await backupJson(await fullNotebook());
      lines = json.split('\n');
      const versionsLine = lines.findIndex((l) => l.startsWith('{"part":"versions"'));
      expect(versionsLine).toBeGreaterThan(0);
    });
    const lineStart = (prefix: string) => json.indexOf(`\n${prefix}`) + 1;

    it('refuses a file cut inside its first characters as not a backup', async () => {
      expect(await readBackup(json.slice(0, 8))).toEqual({ ok: false, error: 'This file is not a Verbatim backup.' });
    });

    it.each([
      ['inside its header', () => json.indexOf('"createdAt"')],
      ['inside the sources', () => lineStart('{"part":"sources"') + 200],
      ['inside the text of the sources', () => lineStart('{"part":"versions"') + 5_000],
      ['inside the notes', () => lineStart('{"part":"notes"') + 60],
    ])('refuses a file cut %s as incomplete', async (_where, at) => {
      const cut = at();
      expect(cut).toBeGreaterThan(0);
      expect(await readBackup(json.slice(0, cut))).toEqual({ ok: false, error: 'This file is not a Verbatim backup, or it is truncated or damaged (it is not complete JSON).' });
    });

    it.each([
      ['after a whole part', () => lineStart('{"part":"tags"')],
      ['before its end line', () => lineStart('{"end":true')],
    ])('refuses a file cut %s as truncated', async (_where, at) => {
      expect(await readBackup(json.slice(0, at()))).toEqual({ ok: false, error: 'This backup is truncated: its end is missing.' });
    });

    const flip = (at: number) => json.slice(0, at) + (json[at] === 'a' ? 'b' : 'a') + json.slice(at + 1);
    it.each([
      ['in the text of a source', () => lineStart('{"part":"versions"') + 3_000, 'This backup is damaged: the part “versions” does not match its checksum.'],
      ['in a passage', () => json.indexOf('mémo'), 'This backup is damaged: the part “passages” does not match its checksum.'],
      ['in the checksum of the notes', () => json.indexOf('"sha256":"', lineStart('{"part":"notes"')) + 20, 'This backup is damaged: the part “notes” does not match its checksum.'],
      ['in the structure (a quote)', () => lineStart('{"part":"events"') + 1, 'This file is not a Verbatim backup, or it is truncated or damaged (it is not complete JSON).'],
      ['in the date of the backup', () => json.indexOf('"createdAt":"') + 14, 'This backup is damaged: its table of contents is not as expected.'],
      ['in the format name', () => json.indexOf('verbatim-backup') + 2, 'This file is not a Verbatim backup.'],
    ])('refuses a file with one character changed %s', async (_where, at, error) => {
      expect(await readBackup(flip(at()))).toEqual({ ok: false, error });
    });

    it('refuses a part that announces more records than it holds', async () => {
      const start = lineStart('{"part":"entities"');
      const line = json.slice(start, json.indexOf('\n', start));
      const changed = json.replace(line, line.replace('"count":1,', '"count":2,'));
      expect(await readBackup(changed)).toEqual({ ok: false, error: 'This backup is damaged: the part “entities” does not hold the records it announces.' });
    });

    it('refuses a backup from a newer format', async () => {
      const newer = json.replace('"version":2', '"version":3');
      expect(await readBackup(newer)).toEqual({ ok: false, error: expect.stringContaining('newer Verbatim (format 3') });
    });

    it('refuses deep nesting (a JSON bomb) without overflowing the stack', async () => {
      const bomb = `{"format":"verbatim-backup","version":2,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      expect(await readBackup(bomb)).toEqual({ ok: false, error: 'This file is not a Verbatim backup (its structure is nested far deeper than a backup).' });
    });

    it('refuses a 100 MB file that is not a backup without parsing it', async () => {
      const huge = `{"format":"nope","data":"${'x'.repeat(100 * 1024 * 1024)}"}`;
      expect(await readBackup(huge)).toEqual({ ok: false, error: 'This file is not a Verbatim backup.' });
    });

    it('refuses a plain text file', async () => {
      expect(await readBackup('Ceci est un fichier texte.\n')).toEqual({ ok: false, error: 'This file is not a Verbatim backup.' });
    });

    it('refuses a part whose records do not match its checksum', async () => {
      expect(await readBackup(json.replace('[\\"troupes\\"]', '[\\"TROUPES\\"]'))).toEqual({ ok: false, error: 'This backup is damaged: the part “passages” does not match its checksum.' });
    });
  });

  describe('refuses backups with intact checksums but rows the app cannot use', () => {
    const note = (t: BackupTables) => t.notes[0] as Record<string, unknown>;
    it.each([
      ['a note without its revision', (t: BackupTables) => delete note(t)['revision'], /record 1 of “notes” \([0-9a-f-]+\) has an invalid “revision”/],
      ['a note whose content is not JSON', (t: BackupTables) => (note(t)['content'] = '{"root": {'), /record 1 of “notes” \([0-9a-f-]+\) is not a note the editor can open/],
      ['a note whose content is JSON but no editor state', (t: BackupTables) => (note(t)['content'] = '{"title":"x"}'), /is not a note the editor can open/],
      ['a note with text straight under its root', (t: BackupTables) => (note(t)['content'] = '{"root":{"type":"root","children":[{"type":"text","text":"x"}]}}'), /is not a note the editor can open/],
      ['a note holding a node type the editor does not know', (t: BackupTables) => (note(t)['content'] = note(t)['content']!.toString().replace('passage-quote', 'script')), /is not a note the editor can open/],
      ['a passage with no selector', (t: BackupTables) => delete (t.passages[0] as Record<string, unknown>)['selector'], /record 1 of “passages” .* invalid “selector”/],
      ['an event with a date that is not one', (t: BackupTables) => ((t.events[0] as Record<string, unknown>)['date'] = { start: 'demain' }), /record 1 of “events” .* invalid “date.start”/],
      ['a tag that is not an object', (t: BackupTables) => ((t.tags[0] as Record<string, unknown>)['name'] = 42), /record 1 of “tags” .* invalid “name”/],
      ['a passage beyond the end of its text', (t: BackupTables) => {
        const p = t.passages[0] as { selector: { start: number; end: number } };
        p.selector = { ...p.selector, start: 10, end: 10_000_000 };
      }, /the passage [0-9a-f-]+ lies outside its source's text \(10–10000000 of \d+ characters\)/],
      ['a passage whose end comes before its start', (t: BackupTables) => {
        const p = t.passages[0] as { selector: { start: number; end: number } };
        p.selector = { ...p.selector, start: 40, end: 10 };
      }, /lies outside its source's text/],
      ['a passage of a source that is not there', (t: BackupTables) => ((t.passages[0] as Record<string, unknown>)['sourceId'] = 'nowhere'), /the passage [0-9a-f-]+ points to a source text that is not in the backup/],
      ['a source whose text is missing', (t: BackupTables) => t.versions.splice(0, 1), /the text of the source .* is missing|belongs to no source/],
      ['evidence of an event that is not there', (t: BackupTables) => t.events.splice(0, 1), /the evidence [0-9a-f-]+ belongs to the event [0-9a-f-]+, which is not in the backup/],
      ['a citation of a note that is not there', (t: BackupTables) => t.notes.splice(0, 1), /a citation belongs to the note [0-9a-f-]+, which is not in the backup/],
      ['the same passage twice', (t: BackupTables) => t.passages.push(t.passages[0]!), /“passages” holds [0-9a-f-]+ twice/],
    ])('refuses %s and names it', async (_what, change, error) => {
      const checked = await restoreCheck(await backupWith(change));
      expect(checked.ok).toBe(false);
      expect(!checked.ok && checked.error).toMatch(error);
    });

    it('leaves the notebook as it was when a restore is refused', async () => {
      const db = await fullNotebook();
      const before = await snapshotTables(db);
      const plan = await planRestore(db, await readBackup(await backupWith((t) => (note(t)['content'] = 'pas du JSON'))), await seedHashes(), async () => 'kept');
      expect(plan).toEqual({ ok: false, error: expect.stringContaining('is not a note the editor can open') });
      expect(await snapshotTables(db)).toEqual(before);
    });
  });

  describe('schema versions', () => {
    it('refuses a backup from a newer notebook version, with a message', async () => {
      const checked = await restoreCheck(await backupWith(() => undefined, 99));
      expect(checked).toEqual({ ok: false, error: `This backup was made by a newer Verbatim (notebook version 99; this one knows up to ${MIGRATIONS.length}). Update Verbatim to restore it.` });
    });

    it('brings a version 4 backup up to date through the real upgrade (events gain actors and a place)', async () => {
      const json = await backupWith((t) => {
        t.entities = [];
        for (const e of t.events as Array<Record<string, unknown>>) {
          delete e['actorIds'];
          delete e['placeId'];
        }
      }, 4);
      const checked = await restoreCheck(json);
      expect(checked.ok).toBe(true);
      const events = checked.ok ? (checked.tables.events as Array<Record<string, unknown>>) : [];
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ title: 'Rencontre', actorIds: [], placeId: '' });
    });

    it('refuses a version 4 backup that holds a table version 4 did not have', async () => {
      const checked = await restoreCheck(await backupWith(() => undefined, 4));
      expect(checked).toEqual({ ok: false, error: 'This backup is damaged: it holds “entities”, which its schema version 4 did not have.' });
    });
  });

  describe('what a restore keeps of the notebook it replaces', () => {
    async function planOver(db: NotebookDb) {
      let saved = 0;
      const plan = await planRestore(db, await readBackup(await backupJson(await fullNotebook())), await seedHashes(), async () => `kept-${++saved}`);
      if (!plan.ok) throw new Error(plan.error);
      return { plan, applied: async () => ({ name: await plan.apply(), saved }) };
    }

    it('asks and keeps a notebook that holds only imported sources', async () => {
      const db = await freshDb();
      await importBatch(db, { origin: 'files', failures: [], sources: [{ ...(await readSourceFiles(seedFiles(), 'seeds')).sources[0]!, fileName: 'mon-article.txt', text: 'Un article importé.', hash: 'a'.repeat(64) }] });
      const { plan } = await planOver(db);
      expect(plan.needsConfirm).toBe(true);
      expect(await plan.apply()).toBe('kept-1');
    });

    it('asks nothing over a notebook of the seeds alone', async () => {
      const { plan } = await planOver(await freshDb());
      expect(plan.needsConfirm).toBe(false);
      expect(await plan.apply()).toBe('');
    });
  });

  describe('automatic backups notice every kind of change', () => {
    it.each([
      ['a text file imported', async (db: NotebookDb) => {
        const [seed] = (await readSourceFiles(seedFiles(), 'seeds')).sources;
        await importBatch(db, { origin: 'files', failures: [], sources: [{ ...seed!, fileName: 'nouveau.txt', text: 'Un texte nouveau.', hash: 'b'.repeat(64) }] });
      }],
      ['a source retitled', async (db: NotebookDb) => updateSourceDetails(db, (await db.sources.toCollection().first())!.id, 'Un autre titre', '')],
      ['an alias added to an actor', async (db: NotebookDb) => addAlias(db, (await db.entities.toCollection().first())!.id, 'Choe')],
      ['the stance of a piece of evidence', async (db: NotebookDb) => updateEvidence(db, (await db.evidence.toCollection().first())!.id, { stance: 'confirms' })],
      ['who says it', async (db: NotebookDb) => updateEvidence(db, (await db.evidence.toCollection().first())!.id, { who: 'KCNA' })],
      ['a tag colour', async (db: NotebookDb) => setTagColor(db, 'troupes', '#ff0000')],
    ])('after %s', async (_what, change) => {
      const db = await fullNotebook();
      const before = await changeSignature(db);
      expect(await changeSignature(db)).toBe(before);
      await change(db);
      expect(await changeSignature(db)).not.toBe(before);
    });
  });
});
