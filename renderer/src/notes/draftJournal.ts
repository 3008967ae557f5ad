import Dexie, { type Table } from 'dexie';
import type { Draft } from '@common/notes/draftRecovery';
import { spliceBetween } from '@common/text/splice';
import { notebook } from '../platform/notebookApi';

/**
 * The draft journal: the open note's content as the user types, per note and per window, kept until
 * it is saved. Three copies, because none survives everything alone:
 * - main's, a file written synchronously at every change (the bridge blocks until main has written
 *   it): done before the keystroke's handler returns and outside the page, so even a kill of the whole
 *   app at once keeps it. Absent without a bridge, refused for an id main does not accept;
 * - localStorage, written synchronously at every change and at pagehide: a tab closed or reloaded at
 *   once keeps it (the browser process writes it out);
 * - a small IndexedDB database of its own, written at every change without waiting: it commits to
 *   disk within milliseconds, where Chromium batches localStorage to disk seconds later.
 * Apart from the notebook: drafts are not notebook data (never backed up or restored).
 */

const PREFIX = 'verbatim.draft.';
export const WINDOW_LOCK_PREFIX = 'verbatim.window.';

interface DraftRow extends Draft {
  key: string;
}

class DraftDb extends Dexie {
  drafts!: Table<DraftRow, string>;
  constructor() {
    super('verbatim-drafts');
    this.version(1).stores({ drafts: '&key' });
  }
}

const draftDb = new DraftDb();

/** This page's identity; its Web Lock is held for the page's life, so a draft of a live window is left alone. */
export const WINDOW_ID: string = crypto.randomUUID();

let claimed = false;
/** Holds this window's lock until the page goes away (close, reload and crash all release it). */
export function claimWindow(): void {
  if (claimed || !navigator.locks) return;
  claimed = true;
  void navigator.locks.request(WINDOW_LOCK_PREFIX + WINDOW_ID, () => new Promise<void>(() => undefined));
}

const keyOf = (noteId: string, windowId = WINDOW_ID) => `${noteId}.${windowId}`;

function parse(raw: string | null): Draft | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Draft;
    return typeof d.noteId === 'string' && typeof d.windowId === 'string' && typeof d.content === 'string' && typeof d.baseRevision === 'number' ? d : null;
  } catch {
    return null;
  }
}

const ignore = () => undefined;

/** What main holds of each of this window's drafts, so a keystroke sends only its change. */
const heldByMain = new Map<string, string>();
/**
 * The last draft this window wrote of each note, whichever copies took it: what a save is compared
 * with. Never read back from localStorage, which keeps an older value when a write to it fails.
 */
const lastWritten = new Map<string, string>();

/**
 * Main's copy: the change since what main holds, or the whole draft when main holds nothing of it
 * or refuses the change (it restarted, or another window's start recovered and dropped it). A failure
 * or a missing bridge leaves the page's two copies, so it is not an error here.
 */
function keepInMain(draft: Draft): void {
  const key = keyOf(draft.noteId);
  const before = heldByMain.get(key);
  heldByMain.delete(key);
  const { content, ...meta } = draft;
  let kept = false;
  if (before !== undefined) kept = callMain(() => notebook.keepDraftSync({ ...meta, splice: spliceBetween(before, content), length: content.length }));
  // A change main refused or could not take: the whole draft, at once.
  if (!kept) kept = callMain(() => notebook.keepDraftSync(draft));
  if (kept) heldByMain.set(key, content);
}

/** False for a refusal, a failure or a missing bridge: the page's other copies stand meanwhile. */
function callMain(call: () => boolean): boolean {
  try {
    return call();
  } catch {
    return false;
  }
}

function dropFromMain(noteId: string, windowId: string): void {
  if (windowId === WINDOW_ID) heldByMain.delete(keyOf(noteId));
  try {
    notebook.dropDraftSync({ noteId, windowId });
  } catch {
    // As above: a draft main keeps too long is discarded at recovery (it matches the saved note).
  }
}

/** Records the editor's content in every copy; false when localStorage refused it (full, disabled). */
export function writeDraft(noteId: string, content: string, baseRevision: number): boolean {
  const draft: Draft = { noteId, windowId: WINDOW_ID, content, baseRevision, writtenAt: Date.now() };
  const key = keyOf(noteId);
  lastWritten.set(key, content);
  keepInMain(draft);
  draftDb.drafts.put({ ...draft, key }).catch(ignore);
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft));
    return true;
  } catch {
    // Full or disabled: an older draft left there must not outlive this one.
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing more to do: the other copies hold the draft.
    }
    return false;
  }
}

export function dropDraft(noteId: string, windowId = WINDOW_ID): void {
  const key = keyOf(noteId, windowId);
  if (windowId === WINDOW_ID) lastWritten.delete(key);
  dropFromMain(noteId, windowId);
  localStorage.removeItem(PREFIX + key);
  draftDb.drafts.delete(key).catch(ignore);
}

/** After a save: drops this window's draft if it holds exactly what was saved, else moves its base on. */
export function draftSaved(noteId: string, content: string, revision: number): void {
  const draft = lastWritten.get(keyOf(noteId));
  if (draft === undefined) return;
  if (draft === content) dropDraft(noteId);
  else writeDraft(noteId, draft, revision);
}

/** Drafts left by windows that are gone (their lock is free), the newer copy of each; this window's excluded. */
export async function abandonedDrafts(): Promise<Draft[]> {
  const held = new Set(((await navigator.locks?.query())?.held ?? []).map((l) => l.name));
  const newest = new Map<string, Draft>();
  const consider = (d: Draft) => {
    const key = keyOf(d.noteId, d.windowId);
    const known = newest.get(key);
    if (!known || d.writtenAt > known.writtenAt) newest.set(key, d);
  };
  // Main's copy first, so it wins a tie (two writes in one millisecond): written synchronously, it is never behind.
  for (const kept of await Promise.resolve().then(() => notebook.listKeptDrafts()).catch(() => [] as Draft[])) consider(kept);
  for (const row of await draftDb.drafts.toArray().catch(() => [] as DraftRow[])) consider(row);
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = parse(localStorage.getItem(key));
    if (draft) consider(draft);
  }
  return [...newest.values()]
    .filter((d) => d.windowId !== WINDOW_ID && !held.has(WINDOW_LOCK_PREFIX + d.windowId))
    .map(({ noteId, windowId, content, baseRevision, writtenAt }) => ({ noteId, windowId, content, baseRevision, writtenAt }));
}
