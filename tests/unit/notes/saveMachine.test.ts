import { describe, expect, it } from 'vitest';
import { initialSaveState, isSettled, saveStep, type SaveEffect, type SaveEvent, type SaveState } from '@common/notes/saveMachine';

const stored = (revision: number, content: string) => ({ revision, content });
const at = (revision: number, content: string, more: Partial<SaveState> = {}): SaveState => ({ ...initialSaveState(stored(revision, content)), ...more });
const run = (state: SaveState, events: SaveEvent[]) => {
  const effects: SaveEffect[] = [];
  for (const e of events) {
    const step = saveStep(state, e);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
};

describe('saveStep: one chain of writes per note', () => {
  const rows: Array<{ name: string; from: SaveState; events: SaveEvent[]; effects: SaveEffect[]; expect?: Partial<SaveState> }> = [
    {
      name: 'a flush writes the content over the revision it stands on',
      from: at(3, 'A'),
      events: [{ type: 'edited' }, { type: 'flushed', content: 'AB' }],
      effects: [{ type: 'write', content: 'AB', baseRevision: 3 }],
      expect: { dirty: false, inFlight: 'AB' },
    },
    {
      name: 'a second flush while a write is in flight waits instead of sending the same base revision',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'flushed', content: 'ABC' }],
      effects: [{ type: 'write', content: 'AB', baseRevision: 3 }],
      expect: { inFlight: 'AB', queued: 'ABC' },
    },
    {
      name: 'the waiting content is written over the revision the first write produced',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'flushed', content: 'ABC' }, { type: 'written', revision: 4 }],
      effects: [
        { type: 'write', content: 'AB', baseRevision: 3 },
        { type: 'write', content: 'ABC', baseRevision: 4 },
      ],
      expect: { base: stored(4, 'AB'), inFlight: 'ABC', queued: null },
    },
    {
      name: 'only the latest of several waiting flushes is written',
      from: at(1, ''),
      events: [{ type: 'flushed', content: 'a' }, { type: 'flushed', content: 'ab' }, { type: 'flushed', content: 'abc' }, { type: 'written', revision: 2 }],
      effects: [
        { type: 'write', content: 'a', baseRevision: 1 },
        { type: 'write', content: 'abc', baseRevision: 2 },
      ],
    },
    {
      name: 'a flush of unchanged content writes nothing',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'A' }],
      effects: [],
    },
    {
      name: 'our own write seen in the database during the write raises no conflict',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'stored', note: stored(4, 'AB') }, { type: 'written', revision: 4 }],
      effects: [{ type: 'write', content: 'AB', baseRevision: 3 }],
      expect: { base: stored(4, 'AB'), conflict: null },
    },
    {
      name: 'our own write seen in the database after it answered raises no conflict',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'written', revision: 4 }, { type: 'stored', note: stored(4, 'AB') }],
      effects: [{ type: 'write', content: 'AB', baseRevision: 3 }],
      expect: { base: stored(4, 'AB'), conflict: null },
    },
    {
      name: 'a write refused because another window saved first opens a conflict and holds further writes',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'rejected', theirs: stored(4, 'AX') }, { type: 'flushed', content: 'ABC' }],
      effects: [{ type: 'write', content: 'AB', baseRevision: 3 }],
      expect: { conflict: stored(4, 'AX'), inFlight: null, queued: 'ABC' },
    },
    {
      name: 'a failed write leaves the words unsaved so the next flush tries again',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'failed' }, { type: 'flushed', content: 'AB' }],
      effects: [
        { type: 'write', content: 'AB', baseRevision: 3 },
        { type: 'write', content: 'AB', baseRevision: 3 },
      ],
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const { state, effects } = run(r.from, r.events);
      expect(effects).toEqual(r.effects);
      if (r.expect) expect(state).toMatchObject(r.expect);
    });
  }
});

describe('saveStep: changes stored by someone else', () => {
  const rows: Array<{ name: string; from: SaveState; events: SaveEvent[]; effects: SaveEffect[]; expect?: Partial<SaveState> }> = [
    {
      name: 'a clean editor loads another window’s save',
      from: at(3, 'A'),
      events: [{ type: 'stored', note: stored(4, 'AX') }],
      effects: [{ type: 'load', note: stored(4, 'AX') }],
      expect: { base: stored(4, 'AX'), conflict: null },
    },
    {
      name: 'a clean editor loads a restored note even at an older revision',
      from: at(7, 'new'),
      events: [{ type: 'stored', note: stored(5, 'old') }],
      effects: [{ type: 'load', note: stored(5, 'old') }],
      expect: { base: stored(5, 'old') },
    },
    {
      name: 'a restore of the same words only moves the revision',
      from: at(7, 'A'),
      events: [{ type: 'stored', note: stored(5, 'A') }, { type: 'flushed', content: 'AB' }],
      effects: [{ type: 'write', content: 'AB', baseRevision: 5 }],
    },
    {
      name: 'an editor with unsaved edits asks instead of loading',
      from: at(3, 'A'),
      events: [{ type: 'edited' }, { type: 'stored', note: stored(4, 'AX') }],
      effects: [],
      expect: { conflict: stored(4, 'AX') },
    },
    {
      name: 'a change stored while our write was in flight, after it, is loaded once the write answers',
      from: at(3, 'A'),
      events: [{ type: 'flushed', content: 'AB' }, { type: 'stored', note: stored(5, 'ABX') }, { type: 'written', revision: 4 }],
      effects: [
        { type: 'write', content: 'AB', baseRevision: 3 },
        { type: 'load', note: stored(5, 'ABX') },
      ],
      expect: { base: stored(5, 'ABX') },
    },
    {
      name: 'the same stored note seen twice changes nothing',
      from: at(3, 'A'),
      events: [{ type: 'stored', note: stored(3, 'A') }],
      effects: [],
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const { state, effects } = run(r.from, r.events);
      expect(effects).toEqual(r.effects);
      if (r.expect) expect(state).toMatchObject(r.expect);
    });
  }
});

describe('saveStep: answering a conflict keeps both sides', () => {
  const conflicted = at(3, 'A', { conflict: stored(4, 'AX'), queued: 'AB' });
  it('Reload theirs keeps my words as a copy and loads theirs', () => {
    const { state, effects } = run(conflicted, [{ type: 'reloadTheirs', mine: 'ABC' }]);
    expect(effects).toEqual([
      { type: 'copy', content: 'ABC', whose: 'mine' },
      { type: 'load', note: stored(4, 'AX') },
    ]);
    expect(state).toEqual(initialSaveState(stored(4, 'AX')));
  });
  it('Keep mine keeps theirs as a copy and writes mine over their revision', () => {
    const { state, effects } = run(conflicted, [{ type: 'keepMine', mine: 'ABC' }]);
    expect(effects).toEqual([
      { type: 'copy', content: 'AX', whose: 'theirs' },
      { type: 'write', content: 'ABC', baseRevision: 4 },
    ]);
    expect(state.conflict).toBeNull();
  });
  it('Reload theirs makes no copy when I had nothing unsaved', () => {
    const { effects } = run(at(3, 'A', { conflict: stored(4, 'AX') }), [{ type: 'reloadTheirs', mine: 'A' }]);
    expect(effects).toEqual([{ type: 'load', note: stored(4, 'AX') }]);
  });
  it('a newer stored note during the conflict replaces theirs', () => {
    const { state } = run(conflicted, [{ type: 'stored', note: stored(5, 'AXY') }]);
    expect(state.conflict).toEqual(stored(5, 'AXY'));
  });
});

describe('isSettled', () => {
  const rows: Array<{ name: string; state: SaveState; expected: boolean }> = [
    { name: 'a loaded note is settled', state: at(1, 'A'), expected: true },
    { name: 'edits not flushed are not', state: at(1, 'A', { dirty: true }), expected: false },
    { name: 'a write in flight is not', state: at(1, 'A', { inFlight: 'AB' }), expected: false },
    { name: 'a waiting flush is not', state: at(1, 'A', { queued: 'AB' }), expected: false },
  ];
  for (const r of rows) it(r.name, () => expect(isSettled(r.state)).toBe(r.expected));
});
