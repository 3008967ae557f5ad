import { appendFileSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptDrafts } from '../../../main/services/keptDrafts';
import { createDraftJournalTable, dispatchDraftJournal } from '../../../main/ipc/draftJournalTable';
import { createHandlers } from '../../../main/ipc/createHandlers';
import { dispatch } from '../../../main/ipc/handlerTable';
import { createHarnessDialogs } from '../../../harness/harnessDialogs';
import { SEEDS_DIR } from '../../support/paths';

const draft = (over: Partial<{ noteId: string; windowId: string; content: string; baseRevision: number; writtenAt: number }> = {}) => ({
  noteId: 'note-1',
  windowId: 'window-a',
  content: '{"root":"Aucun mot tapé ne se perd"}',
  baseRevision: 3,
  writtenAt: 1_764_547_200_000,
  ...over,
});

describe('drafts kept in main', () => {
  it('is on disk when keep returns: a fresh reader of the folder finds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    keptDrafts(dir).keep(draft());
    // Another instance, as the next start of the app would make.
    expect(await keptDrafts(dir).list()).toEqual([draft()]);
  });

  it('keeps one draft per note and window, the last written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    const drafts = keptDrafts(dir);
    drafts.keep(draft({ content: 'a' }));
    drafts.keep(draft({ content: 'ab' }));
    drafts.keep(draft({ windowId: 'window-b', content: 'other window' }));
    const listed = await drafts.list();
    expect(listed.map((d) => `${d.windowId}:${d.content}`).sort()).toEqual(['window-a:ab', 'window-b:other window']);
  });

  it('forgets a dropped draft and only that one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    const drafts = keptDrafts(dir);
    drafts.keep(draft());
    drafts.keep(draft({ noteId: 'note-2' }));
    drafts.drop('note-1', 'window-a');
    drafts.drop('never-kept', 'window-a');
    expect((await drafts.list()).map((d) => d.noteId)).toEqual(['note-2']);
  });

  it('never uses an id as a path: ids with separators stay inside the drafts folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    keptDrafts(dir).keep(draft({ noteId: '../../escape', windowId: '/etc/passwd' }));
    expect(readdirSync(dir)).toEqual(['drafts']);
    expect(await keptDrafts(dir).list()).toHaveLength(1);
  });

  it('skips a file cut short or edited by hand, and removes a write a kill interrupted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    const drafts = keptDrafts(dir);
    drafts.keep(draft());
    writeFileSync(join(dir, 'drafts', 'cut.draft.json'), '{"noteId":"n","windowId":"w","cont');
    writeFileSync(join(dir, 'drafts', 'forged.draft.json'), JSON.stringify({ ...draft(), baseRevision: 'three' }));
    writeFileSync(join(dir, 'drafts', 'abc.draft.json.1234abcd.tmp'), '{"half');
    expect(await drafts.list()).toEqual([draft()]);
    expect(readdirSync(join(dir, 'drafts')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('applies a keystroke’s change to the draft it holds, and a fresh reader replays it from the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    const drafts = keptDrafts(dir);
    drafts.keep(draft({ content: 'Aucun mot' }));
    expect(drafts.keep({ noteId: 'note-1', windowId: 'window-a', baseRevision: 4, writtenAt: 5, splice: { at: 9, remove: 0, insert: ' tapé' }, length: 14 })).toBe(true);
    expect(drafts.keep({ noteId: 'note-1', windowId: 'window-a', baseRevision: 4, writtenAt: 6, splice: { at: 0, remove: 5, insert: 'Nul' }, length: 12 })).toBe(true);
    expect(await keptDrafts(dir).list()).toEqual([draft({ content: 'Nul mot tapé', baseRevision: 4, writtenAt: 6 })]);
  });

  it('refuses a change it cannot place: nothing held, or not the text it was made on (and keeps what it had)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    const drafts = keptDrafts(dir);
    const change = { noteId: 'note-1', windowId: 'window-a', baseRevision: 3, writtenAt: 2, splice: { at: 3, remove: 0, insert: 'x' }, length: 4 };
    expect(drafts.keep(change)).toBe(false);
    drafts.keep(draft({ content: 'abcdef' }));
    expect(drafts.keep(change)).toBe(false); // made on a 3-character text
    expect(drafts.keep({ ...change, splice: { at: 9, remove: 0, insert: 'x' }, length: 7 })).toBe(false);
    expect(await keptDrafts(dir).list()).toEqual([draft({ content: 'abcdef' })]);
  });

  it('folds a long log into the snapshot: a keystroke’s cost stays small and the draft is whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    const drafts = keptDrafts(dir);
    let text = '';
    drafts.keep(draft({ content: text }));
    for (let i = 0; i < 5000; i++) {
      const next = text + 'mot ';
      expect(drafts.keep({ noteId: 'note-1', windowId: 'window-a', baseRevision: 3, writtenAt: i, splice: { at: text.length, remove: 0, insert: 'mot ' }, length: next.length })).toBe(true);
      text = next;
    }
    const files = readdirSync(join(dir, 'drafts'));
    const log = files.find((f) => f.endsWith('.changes'));
    expect(log === undefined || statSync(join(dir, 'drafts', log)).size <= 64 * 1024 + 200).toBe(true);
    expect((await keptDrafts(dir).list())[0]?.content).toBe(text);
  });

  it('replays the log up to a line cut short, and skips lines of an earlier run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-drafts-'));
    keptDrafts(dir).keep(draft({ content: 'ab' }));
    const drafts = keptDrafts(dir); // a later run: it numbers past the log of the first
    drafts.keep(draft({ content: 'abc' }));
    const [log] = [readdirSync(join(dir, 'drafts')).find((f) => f.endsWith('.draft.json'))!.replace('.draft.json', '.changes')];
    // A line numbered 2 (as the first run would have) is not this snapshot's next change.
    appendFileSync(join(dir, 'drafts', log!), JSON.stringify({ seq: 2, baseRevision: 3, writtenAt: 9, splice: { at: 0, remove: 3, insert: 'WRONG' }, length: 5 }) + '\n');
    expect((await keptDrafts(dir).list())[0]?.content).toBe('abc');
    drafts.keep({ noteId: 'note-1', windowId: 'window-a', baseRevision: 3, writtenAt: 10, splice: { at: 3, remove: 0, insert: 'd' }, length: 4 });
    appendFileSync(join(dir, 'drafts', log!), '{"seq":');
    expect((await keptDrafts(dir).list())[0]?.content).toBe('abcd');
  });

  it('lists nothing when no draft was ever kept', async () => {
    expect(await keptDrafts(mkdtempSync(join(tmpdir(), 'verbatim-drafts-'))).list()).toEqual([]);
  });
});

describe('the synchronous draft-journal calls', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-draft-calls-'));
  const table = createDraftJournalTable(keptDrafts(dataDir));
  const handlers = createHandlers({ seedsDir: SEEDS_DIR, dataDir, dialogs: createHarnessDialogs(dataDir) });

  const refusals = [
    { name: 'an unknown method', method: 'keepEverything', arg: draft(), error: 'Unknown method "keepEverything".' },
    { name: 'a prototype property posing as a method', method: 'hasOwnProperty', arg: draft(), error: 'Unknown method "hasOwnProperty".' },
    { name: 'a draft with an extra field', method: 'keepDraftSync', arg: { ...draft(), path: '/etc' }, error: /^Invalid argument for keepDraftSync/ },
    { name: 'a draft without its revision', method: 'keepDraftSync', arg: { ...draft(), baseRevision: undefined }, error: /^Invalid argument for keepDraftSync/ },
    { name: 'an id with a control character', method: 'dropDraftSync', arg: { noteId: 'a\nb', windowId: 'w' }, error: /noteId/ },
    { name: 'no argument', method: 'dropDraftSync', arg: undefined, error: /^Invalid argument for dropDraftSync/ },
  ];
  for (const row of refusals) {
    it(`refuses ${row.name} and writes nothing`, async () => {
      const result = dispatchDraftJournal(table, row.method, row.arg);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(row.error);
      expect(await keptDrafts(dataDir).list()).toEqual([]);
    });
  }

  it('refuses a change with a splice that is not one', () => {
    const change = { noteId: 'n', windowId: 'w', baseRevision: 1, writtenAt: 1, splice: { at: -1, remove: 0, insert: 'x' }, length: 1 };
    expect(dispatchDraftJournal(table, 'keepDraftSync', change).ok).toBe(false);
    expect(dispatchDraftJournal(table, 'keepDraftSync', { ...change, splice: { at: 0, remove: 0, insert: 5 } }).ok).toBe(false);
  });

  it('keeps a draft the page sends, which listKeptDrafts then returns, until it is dropped', async () => {
    expect(dispatchDraftJournal(table, 'keepDraftSync', draft())).toEqual({ ok: true, value: true });
    expect(await dispatch(handlers, 'listKeptDrafts', undefined)).toEqual({ ok: true, value: [draft()] });
    expect(dispatchDraftJournal(table, 'dropDraftSync', { noteId: 'note-1', windowId: 'window-a' })).toEqual({ ok: true, value: true });
    expect(await dispatch(handlers, 'listKeptDrafts', undefined)).toEqual({ ok: true, value: [] });
  });
});
