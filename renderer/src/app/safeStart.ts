import { decideStart, type LeftSession, type SessionPhase, type StartDecision } from '@common/start/startDecision';
import { reportedReason } from '@common/start/rendererGone';
import { WINDOW_ID, WINDOW_LOCK_PREFIX, claimWindow } from '../notes/draftJournal';

/**
 * Safe start: when the last run failed (a pane caught an error, or the whole page died: crash, out
 * of memory, killed, hung), this start must not fail the same way. The decision is
 * common/start/startDecision.ts; here are its inputs and what it skips.
 *
 * Inputs, all in localStorage (kept by the browser process, so a dead page's last writes are there):
 * - a marker per window, `starting` until the user first acts, then `working`, removed at `pagehide`.
 *   A marker whose window's lock (draftJournal's) is free belongs to a page that died. This needs no
 *   help from main, so repeated failed starts are seen in the harness and in a browser too;
 * - the pane-failure mark (PaneBoundary); the count of failed starts in a row;
 * - `?after=<reason>` when main reloaded the window after `render-process-gone` (main/index.ts).
 *
 * A safe start does not reopen the last note, the last source or the pane layout; it keeps them aside
 * so the notice can offer to reopen them.
 */
const FAILED_KEY = 'verbatim.paneFailed';
const FAILED_STARTS_KEY = 'verbatim.failedStarts';
const SESSION_PREFIX = 'verbatim.session.';
const SKIPPED_KEY = 'verbatim.safeStart.skipped';
/** The workspace's own keys (workspace.tsx) and the pane layout's (PaneLayout.tsx, react-resizable-panels). */
const LAST_NOTE_KEY = 'verbatim.lastNoteId';
const LAST_SOURCE_KEY = 'verbatim.lastSourceId';
const LAYOUT_PREFIXES = ['react-resizable-panels:verbatim.'];

export interface StartMode extends StartDecision {
  /** The note that was not reopened, if there was one. */
  readonly skippedNoteId: string | null;
  /** The source that was not reopened, if there was one. */
  readonly skippedSourceId: string | null;
  /** True when a remembered pane layout was set aside. */
  readonly skippedLayout: boolean;
  /** Unsaved notes brought back from the draft journal at this start. */
  recoveredDrafts: number;
}

const NORMAL: StartMode = { safe: false, cause: null, reason: null, failedStarts: 0, skippedNoteId: null, skippedSourceId: null, skippedLayout: false, recoveredDrafts: 0 };

/** A start that reopens everything (used when the last run's end cannot be read). */
export function normalStart(): StartMode {
  return { ...NORMAL };
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: no safe start, but no crash either
  }
}

function keys(store: Storage): string[] {
  const all: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null) all.push(key);
  }
  return all;
}

function writeMarker(store: Storage, phase: SessionPhase): void {
  try {
    store.setItem(SESSION_PREFIX + WINDOW_ID, JSON.stringify({ phase }));
  } catch {
    // A full storage loses the marker, not the start.
  }
}

/** Markers of windows that are gone without ending cleanly; they are removed as they are read. */
async function leftSessions(store: Storage): Promise<LeftSession[]> {
  const held = new Set(((await navigator.locks?.query().catch(() => null))?.held ?? []).map((l) => l.name));
  const left: LeftSession[] = [];
  for (const key of keys(store)) {
    if (!key.startsWith(SESSION_PREFIX)) continue;
    const windowId = key.slice(SESSION_PREFIX.length);
    if (windowId === WINDOW_ID || held.has(WINDOW_LOCK_PREFIX + windowId)) continue;
    try {
      const phase = (JSON.parse(store.getItem(key) ?? '') as { phase?: unknown }).phase;
      if (phase === 'starting' || phase === 'working') left.push({ phase });
    } catch {
      // unreadable: a marker all the same, of a page that died
      left.push({ phase: 'working' });
    }
    store.removeItem(key);
  }
  return left;
}

/** Sets aside what a start would reopen; returns what was set aside. */
function skipReopening(store: Storage): Pick<StartMode, 'skippedNoteId' | 'skippedSourceId' | 'skippedLayout'> {
  const skipped: Record<string, string> = {};
  for (const key of keys(store)) {
    if (key === LAST_NOTE_KEY || key === LAST_SOURCE_KEY || LAYOUT_PREFIXES.some((p) => key.startsWith(p))) skipped[key] = store.getItem(key) ?? '';
  }
  for (const key of Object.keys(skipped)) store.removeItem(key);
  // A second safe start in a row keeps what the first one set aside, not the nothing it reopened.
  const earlier = readSkipped(store);
  const all = { ...skipped, ...earlier };
  if (Object.keys(all).length > 0) store.setItem(SKIPPED_KEY, JSON.stringify(all));
  return {
    skippedNoteId: all[LAST_NOTE_KEY] ?? null,
    skippedSourceId: all[LAST_SOURCE_KEY] ?? null,
    skippedLayout: Object.keys(all).some((k) => LAYOUT_PREFIXES.some((p) => k.startsWith(p))),
  };
}

function readSkipped(store: Storage): Record<string, string> {
  try {
    const value = JSON.parse(store.getItem(SKIPPED_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/**
 * Called once, before the workspace reads what to reopen (and before draft recovery, which needs the
 * window's lock taken here). Marks this window as starting until the user first acts.
 */
export async function beginStart(): Promise<StartMode> {
  const store = storage();
  claimWindow();
  if (!store) return { ...NORMAL };
  const mainReport = reportedReason(location.search);
  // A reload of this page must not say it again.
  if (mainReport !== null) history.replaceState(history.state, '', location.pathname + location.hash);
  const decision = decideStart({
    paneFailed: store.getItem(FAILED_KEY) !== null,
    left: await leftSessions(store),
    mainReport,
    failedStartsBefore: Number(store.getItem(FAILED_STARTS_KEY)) || 0,
  });
  store.removeItem(FAILED_KEY);
  store.setItem(FAILED_STARTS_KEY, String(decision.failedStarts));
  writeMarker(store, 'starting');
  const working = () => {
    writeMarker(store, 'working');
    for (const type of FIRST_ACTS) window.removeEventListener(type, working, true);
  };
  // The start is over when the user first acts: a page that dies before that is a failed start.
  for (const type of FIRST_ACTS) window.addEventListener(type, working, true);
  // Ending cleanly (close, reload, navigation) removes the marker; a dead page cannot.
  window.addEventListener('pagehide', () => store.removeItem(SESSION_PREFIX + WINDOW_ID));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) writeMarker(store, 'working'); // back from the back/forward cache
  });
  if (!decision.safe) {
    store.removeItem(SKIPPED_KEY);
    return { ...NORMAL, ...decision };
  }
  return { ...decision, ...skipReopening(store), recoveredDrafts: 0 };
}

const FIRST_ACTS = ['keydown', 'pointerdown'] as const;

/** Puts back what the safe start set aside and starts again, normally. */
export function reopenSkipped(): void {
  const store = storage();
  if (!store) return;
  for (const [key, value] of Object.entries(readSkipped(store))) store.setItem(key, value);
  store.removeItem(SKIPPED_KEY);
  location.reload();
}

/** The user saw the notice and went on: what was set aside is forgotten. */
export function forgetSkipped(): void {
  storage()?.removeItem(SKIPPED_KEY);
}

/** A pane failed: the next start is a safe one. */
export function noteFailure(): void {
  storage()?.setItem(FAILED_KEY, new Date().toISOString());
}
