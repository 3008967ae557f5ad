import { describe, expect, it } from 'vitest';
import { checkPartRows, checkReferences } from '@common/backup/backupRows';
import { isLoadableNoteContent } from '@common/backup/noteContent';
import type { BackupTables } from '@common/backup/backupFormat';

const AT = '2026-11-30T08:00:00.000Z';
const note = { id: 'n1', title: 'Analyse', content: '', revision: 1, createdAt: AT, updatedAt: AT, deletedAt: '' };
const paragraph = (text: string) =>
  JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] } });

describe('isLoadableNoteContent', () => {
  it.each([
    ['an empty note', '', true],
    ['a paragraph of text', paragraph('Bonjour'), true],
    ['text that is not JSON', 'Bonjour', false],
    ['JSON cut short', paragraph('Bonjour').slice(0, 40), false],
    ['JSON without a root', '{"title":"x"}', false],
    ['a root without children', '{"root":{"type":"root"}}', false],
    ['text straight under the root', '{"root":{"type":"root","children":[{"type":"text","text":"x"}]}}', false],
    ['a node type no editor knows', paragraph('x').replace('"paragraph"', '"script"'), false],
  ])('%s → %s', (_what, content, loadable) => {
    expect(isLoadableNoteContent(content)).toBe(loadable);
  });
});

describe('checkPartRows', () => {
  it.each([
    ['a complete note', 'notes', [note], null],
    ['a note with extra fields a later version added', 'notes', [{ ...note, pinned: true }], null],
    ['a note without a title', 'notes', [{ ...note, title: undefined }], 'This backup holds a damaged record: record 1 of “notes” (n1) has an invalid “title” (Invalid input: expected string, received undefined).'],
    ['a second note with a negative revision', 'notes', [note, { ...note, id: 'n2', revision: -1 }], 'This backup holds a damaged record: record 2 of “notes” (n2) has an invalid “revision” (Too small: expected number to be >=0).'],
    ['a note the editor cannot open', 'notes', [{ ...note, content: '{' }], 'This backup holds a damaged record: record 1 of “notes” (n1) is not a note the editor can open.'],
    ['an actor of an unknown kind', 'entities', [{ id: 'e1', name: 'X', kind: 'planet', aliases: [], createdAt: AT }], 'This backup holds a damaged record: record 1 of “entities” (e1) has an invalid “kind” (Invalid option: expected one of "person"|"organisation"|"place").'],
    ['evidence with an unknown stance', 'evidence', [{ id: 'v1', eventId: 'e', passageId: 'p', stance: 'maybe', who: '', createdAt: AT }], 'This backup holds a damaged record: record 1 of “evidence” (v1) has an invalid “stance” (Invalid option: expected one of "reports"|"confirms"|"denies"|"attributes").'],
  ] as const)('%s', (_what, part, rows, error) => {
    expect(checkPartRows(part, rows)).toBe(error);
  });
});

describe('checkReferences', () => {
  const tables = (): BackupTables => ({
    sources: [{ id: 's1', fileName: 'a.txt', hash: 'h1' }],
    versions: [{ hash: 'h1', sourceId: 's1', text: 'Dix lettres' }],
    tags: [],
    passages: [{ id: 'p1', sourceId: 's1', versionHash: 'h1', selector: { start: 0, end: 11 } }],
    notes: [{ id: 'n1' }],
    noteLinks: [{ noteId: 'n1', targetId: 'p-deleted' }],
    events: [{ id: 'e1' }],
    evidence: [{ id: 'v1', eventId: 'e1', passageId: 'p-deleted' }],
    entities: [],
  });
  it.each([
    ['links the app itself can leave dangling', () => undefined, null],
    ['a passage ending one past its text', (t: BackupTables) => ((t.passages[0] as { selector: object }).selector = { start: 0, end: 12 }), 'This backup holds a damaged record: the passage p1 lies outside its source\'s text (0–12 of 11 characters).'],
    ['a version of another source', (t: BackupTables) => t.sources.push({ id: 's2', fileName: 'b.txt', hash: 'h1' }), 'This backup holds a damaged record: the text of the source b.txt is missing.'],
    ['two sources of one file name (from two folders)', (t: BackupTables) => {
      t.sources.push({ id: 's2', fileName: 'a.txt', hash: 'h2' });
      t.versions.push({ hash: 'h2', sourceId: 's2', text: 'Autre' });
    }, null],
  ] as const)('%s', (_what, change, error) => {
    const t = tables();
    change(t);
    expect(checkReferences(t)).toBe(error);
  });
});
