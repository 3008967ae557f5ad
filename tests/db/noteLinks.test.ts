import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { createNote, notesCiting, saveNoteContent } from '../../renderer/src/db/notes';

let db: NotebookDb;
let n = 0;
beforeEach(async () => {
  db = new NotebookDb(`note-links-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const quote = (passageId: string) => ({ type: 'passage-quote', version: 1, passageId, sourceId: 's-1', sourceLabel: 'Le sommet', exact: 'Vladivostok', detached: false });
const cite = (passageId: string) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [{ type: 'passage-citation', version: 1, passageId, sourceId: 's-1', label: 'Le sommet', exact: 'jeudi', detached: false }] });
const event = (eventId: string) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [{ type: 'event-citation', version: 1, eventId, title: 'Sommet', dateLabel: '2024' }] });
const content = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } });

const linksOf = async (noteId: string) => (await db.noteLinks.where('noteId').equals(noteId).toArray()).map((l) => `${l.kind}:${l.targetId}`).sort();

describe('the links a save keeps', () => {
  const rows: Array<{ name: string; before: object[]; after: object[]; expected: string[] }> = [
    { name: 'a save that adds a word keeps the same links', before: [quote('p-1'), quote('p-2')], after: [quote('p-1'), quote('p-2'), event('e-1')], expected: ['event:e-1', 'passage:p-1', 'passage:p-2'] },
    { name: 'a quote removed loses its link, one added gains it', before: [quote('p-1'), quote('p-2')], after: [quote('p-2'), cite('p-3')], expected: ['passage:p-2', 'passage:p-3'] },
    { name: 'a passage quoted and cited is one link', before: [], after: [quote('p-1'), cite('p-1')], expected: ['passage:p-1'] },
    { name: 'an emptied note has no links', before: [quote('p-1'), event('e-1')], after: [], expected: [] },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const note = await createNote(db, 'Analyse', content(...row.before));
      const other = await createNote(db, 'Autre', content(quote('p-1')));
      const saved = await saveNoteContent(db, note.id, content(...row.after), note.revision);
      expect(saved.ok).toBe(true);
      expect(await linksOf(note.id)).toEqual(row.expected);
      // Another note's links are its own.
      expect(await linksOf(other.id)).toEqual(['passage:p-1']);
      expect((await notesCiting(db, ['p-1'])).map((x) => x.title)).toEqual(row.expected.includes('passage:p-1') ? ['Analyse', 'Autre'] : ['Autre']);
    });
  }
});
