import { z } from 'zod';
import type { BackupPart, BackupTables } from './backupFormat';
import { isLoadableNoteContent } from './noteContent';

/*
 * What every restored row must hold before anything is written. A backup's checksums only prove the
 * file is the one that was written; these schemas prove the rows are ones the app can show. Objects are
 * loose: a field added by a later migration passes through untouched.
 */
const id = z.string().min(1);
const isoTime = z.string().min(1);
const partialDate = z.looseObject({ iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), precision: z.enum(['day', 'month', 'year']) });
const eventDate = z.looseObject({ start: partialDate, end: partialDate.optional(), approximate: z.boolean() });
const offset = z.number().int().nonnegative();

export const ROW_SCHEMAS: { readonly [P in BackupPart]: z.ZodType } = {
  sources: z.looseObject({
    id,
    fileName: z.string().min(1),
    title: z.string(),
    language: z.string(),
    date: partialDate.nullable(),
    byteSize: z.number().nonnegative(),
    hash: z.string().min(1),
    importedAt: isoTime,
    updatedAt: isoTime,
    meta: z.looseObject({}).optional(),
  }),
  versions: z.looseObject({ hash: z.string().min(1), sourceId: id, text: z.string(), importedAt: isoTime }),
  tags: z.looseObject({ name: z.string().min(1), color: z.string() }),
  passages: z.looseObject({
    id,
    sourceId: id,
    versionHash: z.string().min(1),
    selector: z.looseObject({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: offset, end: offset }),
    tags: z.array(z.string()),
    memo: z.string(),
    status: z.enum(['exact', 'moved', 'fuzzy', 'orphaned', 'confirmed']),
    score: z.number(),
    previousExact: z.string().optional(),
    keptOrphan: z.boolean().optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
  }),
  notes: z.looseObject({ id, title: z.string(), content: z.string(), revision: z.number().int().nonnegative(), createdAt: isoTime, updatedAt: isoTime, deletedAt: z.string() }),
  noteLinks: z.looseObject({ noteId: id, targetId: id, kind: z.enum(['passage', 'event']) }),
  events: z.looseObject({
    id,
    title: z.string(),
    date: eventDate.nullable(),
    place: z.string(),
    description: z.string(),
    actorIds: z.array(z.string()),
    placeId: z.string(),
    createdAt: isoTime,
    updatedAt: isoTime,
  }),
  evidence: z.looseObject({ id, eventId: id, passageId: id, stance: z.enum(['reports', 'confirms', 'denies', 'attributes']), who: z.string(), createdAt: isoTime }),
  entities: z.looseObject({ id, name: z.string(), kind: z.enum(['person', 'organisation', 'place']), aliases: z.array(z.string()), createdAt: isoTime }),
};

/** What a person can find again in the file: the part, the row's position and its id when it has one. */
function where(part: BackupPart, index: number, row: unknown): string {
  const r = row as { id?: unknown; name?: unknown; hash?: unknown };
  const key = typeof r?.id === 'string' ? r.id : typeof r?.name === 'string' ? r.name : typeof r?.hash === 'string' ? r.hash.slice(0, 12) : '';
  return `record ${index + 1} of “${part}”${key ? ` (${key.slice(0, 60)})` : ''}`;
}

/** The first row of a part that does not match its table's schema, described; null when all do. */
export function checkPartRows(part: BackupPart, rows: readonly unknown[], firstIndex = 0): string | null {
  const schema = ROW_SCHEMAS[part];
  for (let i = 0; i < rows.length; i++) {
    const parsed = schema.safeParse(rows[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || 'the record';
      return `This backup holds a damaged record: ${where(part, firstIndex + i, rows[i])} has an invalid “${field}” (${issue.message}).`;
    }
  }
  if (part === 'notes') {
    for (let i = 0; i < rows.length; i++) {
      const note = rows[i] as { content: string };
      if (!isLoadableNoteContent(note.content)) return `This backup holds a damaged record: ${where(part, firstIndex + i, rows[i])} is not a note the editor can open.`;
    }
  }
  return null;
}

function duplicate<T>(rows: readonly T[], key: (row: T) => string): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return null;
}

type Rows = {
  sources: Array<{ id: string; hash: string; fileName: string }>;
  versions: Array<{ hash: string; sourceId: string; text: string }>;
  tags: Array<{ name: string }>;
  passages: Array<{ id: string; sourceId: string; versionHash: string; selector: { start: number; end: number } }>;
  notes: Array<{ id: string }>;
  noteLinks: Array<{ noteId: string; targetId: string }>;
  events: Array<{ id: string }>;
  evidence: Array<{ id: string; eventId: string; passageId: string }>;
  entities: Array<{ id: string }>;
};

/**
 * The links the app follows without checking (a passage's source and version, a version's source,
 * evidence's event, a link's note) and the positions it slices text at. Links the app itself can leave
 * dangling (evidence of a deleted passage, an actor removed from the list) are not refused: a backup of
 * a notebook in use must restore. Every table's schema must already have passed.
 */
export function checkReferences(tables: BackupTables): string | null {
  const t = tables as unknown as Rows;
  const damaged = (what: string) => `This backup holds a damaged record: ${what}.`;
  for (const [part, key] of [
    ['sources', (r: { id: string }) => r.id],
    ['versions', (r: { hash: string }) => r.hash],
    ['tags', (r: { name: string }) => r.name],
    ['passages', (r: { id: string }) => r.id],
    ['notes', (r: { id: string }) => r.id],
    ['noteLinks', (r: { noteId: string; targetId: string }) => `${r.noteId} → ${r.targetId}`],
    ['events', (r: { id: string }) => r.id],
    ['evidence', (r: { id: string }) => r.id],
    ['entities', (r: { id: string }) => r.id],
  ] as const) {
    const twice = duplicate(t[part] as never[], key as (row: never) => string);
    if (twice !== null) return damaged(`“${part}” holds ${twice.slice(0, 80)} twice`);
  }

  const sources = new Set(t.sources.map((s) => s.id));
  const versions = new Map(t.versions.map((v) => [v.hash, v]));
  for (const v of t.versions) if (!sources.has(v.sourceId)) return damaged(`the version ${v.hash.slice(0, 12)} belongs to no source of the backup`);
  for (const s of t.sources) {
    const current = versions.get(s.hash);
    if (!current || current.sourceId !== s.id) return damaged(`the text of the source ${s.fileName} is missing`);
  }
  for (const p of t.passages) {
    const version = versions.get(p.versionHash);
    if (!sources.has(p.sourceId) || !version || version.sourceId !== p.sourceId) return damaged(`the passage ${p.id} points to a source text that is not in the backup`);
    const { start, end } = p.selector;
    if (start > end || end > version.text.length) return damaged(`the passage ${p.id} lies outside its source's text (${start}–${end} of ${version.text.length} characters)`);
  }
  const notes = new Set(t.notes.map((n) => n.id));
  for (const l of t.noteLinks) if (!notes.has(l.noteId)) return damaged(`a citation belongs to the note ${l.noteId}, which is not in the backup`);
  const events = new Set(t.events.map((e) => e.id));
  for (const e of t.evidence) if (!events.has(e.eventId)) return damaged(`the evidence ${e.id} belongs to the event ${e.eventId}, which is not in the backup`);
  return null;
}
