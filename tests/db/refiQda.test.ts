import { afterEach, describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage } from '../../renderer/src/db/passages';
import { importRefiQda, refiQdaProject } from '../../renderer/src/backup/refiQda';
import { packQdpx } from '@common/interchange/refiQda/qdpxArchive';
import { sha256Hex } from '@common/export/sha256';

let n = 0;
const opened: NotebookDb[] = [];
async function freshDb(): Promise<NotebookDb> {
  const db = new NotebookDb(`refiqda-${n++}`);
  opened.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const TEXT = 'Intro 😀😀 puis la Corée du Nord 𝄞 et Séoul.\n';
const OTHER = 'Le 22 septembre, Pyongyang a répondu.\n';
const parsed = (fileName: string, text: string) => ({ fileName, path: `/tmp/${fileName}`, title: fileName, language: 'fr', date: null, byteSize: text.length, encoding: 'utf-8' as const, replacedBytes: 0, text, hash: sha256Hex(text) });

describe('REFI-QDA export then import into an empty notebook', () => {
  it('gives the same sources, tags (colour, description) and passages (exact text, tags, memo)', async () => {
    const db = await freshDb();
    await importBatch(db, { origin: 'files', sources: [parsed('a.txt', TEXT), parsed('b.txt', OTHER)], failures: [] });
    const a = (await db.sources.where('fileName').equals('a.txt').first())!;
    const b = (await db.sources.where('fileName').equals('b.txt').first())!;
    const cut = async (id: string, text: string, phrase: string, tags: string[], memo = '') => {
      const start = text.indexOf(phrase);
      await createPassage(db, id, start, start + phrase.length, { tags, memo });
    };
    await cut(a.id, TEXT, 'Corée du Nord 𝄞', ['place'], 'North, with a clef');
    await cut(a.id, TEXT, 'Séoul', ['place', 'capital']);
    await cut(b.id, OTHER, 'Pyongyang', ['capital']);
    await db.tags.update('place', { color: '#aabbcc', description: 'Where it happens' });

    const bytes = await refiQdaProject(db, '2026-11-30T10:00:00Z');
    const target = await freshDb();
    const report = await importRefiQda(target, bytes, 'notebook.qdpx');
    expect(report).toMatchObject({ sources: 2, codes: 2, passages: 3, duplicates: 0, skipped: [] });

    const texts = (await target.versions.toArray()).map((v) => v.text).sort();
    expect(texts).toEqual([OTHER, TEXT].sort());
    const tags = (await target.tags.toArray()).map((t) => [t.name, t.color, t.description ?? '']).sort();
    expect(tags).toEqual([['capital', expect.stringMatching(/^#[0-9a-f]{6}$/), ''], ['place', '#aabbcc', 'Where it happens']]);
    const passages = (await target.passages.toArray()).map((p) => [p.selector.exact, [...p.tags].sort().join(','), p.memo, p.status]).sort();
    expect(passages).toEqual([
      ['Corée du Nord 𝄞', 'place', 'North, with a clef', 'exact'],
      ['Pyongyang', 'capital', '', 'exact'],
      ['Séoul', 'capital,place', '', 'exact'],
    ]);

    // Importing the same project again adds nothing twice.
    const again = await importRefiQda(target, bytes, 'notebook.qdpx');
    expect(again).toMatchObject({ sources: 0, passages: 0, duplicates: 3 });
  });

  it('reads positions as code points and reports a selection outside the text', async () => {
    const G = (k: number) => `00000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`;
    // By hand: in TEXT, "😀😀" are code points 6–7, "Séoul" starts at code point 36.
    const bytes = packQdpx({ name: 'x', user: { guid: G(1), name: 'R' }, codes: [{ guid: G(2), name: 'c', color: '#112233', description: '' }], sources: [{ guid: G(3), name: 'S', text: TEXT, selections: [
      { guid: G(4), start: 36, end: 41, codeGuids: [G(2)], noteGuids: [] },
      { guid: G(5), start: 6, end: 8, codeGuids: [], noteGuids: [] },
      { guid: G(6), start: 40, end: 400, codeGuids: [], noteGuids: [] },
    ] }], notes: [] }, '2026-11-30T10:00:00Z');
    const db = await freshDb();
    const report = await importRefiQda(db, bytes, 'x.qdpx');
    expect(report.passages).toBe(2);
    expect(report.skipped).toEqual([expect.stringContaining('40–400: outside its text of 43 characters')]);
    expect((await db.passages.toArray()).map((p) => p.selector.exact).sort()).toEqual(['Séoul', '😀😀']);
  });
});
