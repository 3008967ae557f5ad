import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '@common/notes/draftRecovery';
import type { DraftChange } from '@common/ipc/contract';
import { keptDraftSchema } from '@common/ipc/schemas';
import { applySplice, type Splice } from '@common/text/splice';

/**
 * The draft journal's copy in main's data folder (issue 12), per note and window: written
 * synchronously while the renderer waits, so it is in the operating system's hands before the
 * keystroke's handler returns. A kill of the app then loses nothing typed: the page's own copies
 * (IndexedDB, localStorage) reach the disk milliseconds to seconds later.
 *
 * A keystroke costs a line appended to a change log, not the note rewritten: a snapshot
 * (`<id>.draft.json`, with the number of the last change it holds) plus the changes since
 * (`<id>.changes`, one JSON line each, numbered). The snapshot is rewritten when the log outgrows it.
 * No fsync: a kill of the process leaves written files to the system; a power cut is not in scope
 * for a draft the next save supersedes within 300 ms.
 */
export interface KeptDrafts {
  /** Keeps a whole draft, or applies a change to the one held; false when the change does not fit it. */
  keep(draft: Draft | DraftChange): boolean;
  drop(noteId: string, windowId: string): void;
  /** Every kept draft; a file that does not parse (cut by a power cut, edited by hand) is skipped. */
  list(): Promise<Draft[]>;
}

const SNAPSHOT = '.draft.json';
const CHANGES = '.changes';
/** The log is folded into a new snapshot once it is this much larger than the draft (and at least 64 KB). */
const FOLD_RATIO = 1;
const FOLD_MIN_BYTES = 64 * 1024;

interface Held {
  draft: Draft;
  /** Number of the last change written (the snapshot's or the log's). */
  seq: number;
  logBytes: number;
}

interface ChangeLine {
  seq: number;
  baseRevision: number;
  writtenAt: number;
  splice: Splice;
  length: number;
}

/** Ids never become paths: a hash of the pair names the files. */
function idOf(noteId: string, windowId: string): string {
  return createHash('sha256').update(`${noteId}\n${windowId}`).digest('hex').slice(0, 40);
}

export function keptDrafts(dataDir: string): KeptDrafts {
  const dir = join(dataDir, 'drafts');
  let made = false;
  // What this run holds of each draft it was sent, so a change can be applied without reading the file.
  const held = new Map<string, Held>();

  const writeSnapshot = (id: string, draft: Draft, seq: number) => {
    if (!made) {
      mkdirSync(dir, { recursive: true });
      made = true;
    }
    const path = join(dir, id + SNAPSHOT);
    // Written beside, then renamed over: a kill mid-write leaves the previous snapshot whole.
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, JSON.stringify({ ...draft, seq }), 'utf8');
    renameSync(temp, path);
    // Changes up to `seq` are in the snapshot; a log left by a kill here is skipped by number.
    rmSync(join(dir, id + CHANGES), { force: true });
    held.set(id, { draft, seq, logBytes: 0 });
  };

  return {
    keep(request) {
      const id = idOf(request.noteId, request.windowId);
      const known = held.get(id);
      if ('content' in request) {
        // A new run numbers from the clock, past any change a log of an earlier run may still hold.
        writeSnapshot(id, request, (known?.seq ?? Date.now() * 1000) + 1);
        return true;
      }
      const content = known ? applySplice(known.draft.content, request.splice) : null;
      if (!known || content === null || content.length !== request.length) return false;
      const draft: Draft = { noteId: request.noteId, windowId: request.windowId, content, baseRevision: request.baseRevision, writtenAt: request.writtenAt };
      const seq = known.seq + 1;
      const line = JSON.stringify({ seq, baseRevision: request.baseRevision, writtenAt: request.writtenAt, splice: request.splice, length: request.length } satisfies ChangeLine) + '\n';
      if (known.logBytes + line.length > Math.max(FOLD_MIN_BYTES, content.length * FOLD_RATIO)) {
        writeSnapshot(id, draft, seq);
      } else {
        appendFileSync(join(dir, id + CHANGES), line, 'utf8');
        held.set(id, { draft, seq, logBytes: known.logBytes + line.length });
      }
      return true;
    },
    drop(noteId, windowId) {
      const id = idOf(noteId, windowId);
      held.delete(id);
      rmSync(join(dir, id + CHANGES), { force: true });
      rmSync(join(dir, id + SNAPSHOT), { force: true });
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const drafts: Draft[] = [];
      for (const name of names) {
        if (name.endsWith('.tmp')) {
          // A snapshot cut short by a kill: the draft is in the file it did not replace.
          rmSync(join(dir, name), { force: true });
          continue;
        }
        if (!name.endsWith(SNAPSHOT)) continue;
        const id = name.slice(0, -SNAPSHOT.length);
        const snapshot = parseJson(await readFile(join(dir, name), 'utf8').catch(() => ''));
        const parsed = keptDraftSchema.safeParse(stripSeq(snapshot));
        if (!parsed.success) continue;
        const seq = typeof (snapshot as { seq?: unknown }).seq === 'number' ? (snapshot as { seq: number }).seq : 0;
        const log = await readFile(join(dir, id + CHANGES), 'utf8').catch(() => '');
        drafts.push(replay(parsed.data, seq, log));
      }
      return drafts;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function stripSeq(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const { seq: _seq, ...rest } = value as Record<string, unknown>;
  return rest;
}

function isChangeLine(line: ChangeLine | null): line is ChangeLine {
  const s = line?.splice;
  return !!line && Number.isSafeInteger(line.seq) && Number.isSafeInteger(line.baseRevision) && Number.isSafeInteger(line.writtenAt) && Number.isSafeInteger(line.length) && !!s && Number.isSafeInteger(s.at) && Number.isSafeInteger(s.remove) && typeof s.insert === 'string';
}

/** The snapshot with the logged changes after it applied in order, up to the first that does not fit. */
function replay(snapshot: Draft, snapshotSeq: number, log: string): Draft {
  let draft = snapshot;
  let seq = snapshotSeq;
  for (const text of log.split('\n')) {
    const line = parseJson(text) as ChangeLine | null;
    if (!isChangeLine(line)) break;
    if (line.seq <= snapshotSeq) continue;
    if (line.seq !== seq + 1) break;
    const content = applySplice(draft.content, line.splice);
    if (content === null || content.length !== line.length) break;
    draft = { ...draft, content, baseRevision: line.baseRevision, writtenAt: line.writtenAt };
    seq = line.seq;
  }
  return draft;
}
