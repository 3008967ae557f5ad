import { z } from 'zod';

/**
 * A backup is a text file of lines, written and read part by part so that no string the size of the
 * notebook is ever built: a header line, then chunk lines (one table's rows, at most a few MB, each with
 * its own checksum and count), then an end line with every table's total. Restoring checks everything
 * before changing anything: a truncated, altered, newer or foreign file is refused with a reason.
 * Format 1 (one JSON object, one checksum per table) is still read.
 */
export const BACKUP_FORMAT = 'verbatim-backup';
export const BACKUP_VERSION = 2;
/** The parts, in the order they are restored (a part only refers to parts before it). */
export const BACKUP_PARTS = ['sources', 'versions', 'tags', 'passages', 'notes', 'noteLinks', 'events', 'evidence', 'entities'] as const;
export type BackupPart = (typeof BACKUP_PARTS)[number];
export type BackupTables = Record<BackupPart, unknown[]>;

/** Refused before parsing: nothing this size is a notebook we wrote, and parsing it could exhaust memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** A streamed backup is never held whole, so it may be larger; main refuses bigger files unread. */
export const MAX_STREAMED_BACKUP_BYTES = 4 * 1024 * 1024 * 1024;
/** Rows are grouped into chunks of about this many characters of JSON. */
export const CHUNK_CHARS = 4 * 1024 * 1024;
/** Refused: nesting deeper than any of our records (a JSON bomb). */
const MAX_DEPTH = 64;
/** Every backup we write starts with its format within these first characters. */
const SNIFF_CHARS = 256;

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The lines of a backup, each ending in a newline, built one chunk at a time: the caller sends each
 * line on before asking for the next, so memory holds the tables and one chunk, never the file.
 */
export async function* backupLines(tables: BackupTables, createdAt: string, schemaVersion: number, chunkChars = CHUNK_CHARS): AsyncGenerator<string> {
  yield `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, createdAt })}\n`;
  const counts = {} as Record<BackupPart, number>;
  let chunks = 0;
  const chunkLine = async (part: BackupPart, rows: string[]) => {
    // The rows are kept as a JSON string, so the checksum covers exactly those characters.
    const data = `[${rows.join(',')}]`;
    chunks++;
    return `${JSON.stringify({ part, count: rows.length, sha256: await sha256(data), data })}\n`;
  };
  for (const part of BACKUP_PARTS) {
    counts[part] = tables[part].length;
    let rows: string[] = [];
    let size = 0;
    for (const row of tables[part]) {
      const json = JSON.stringify(row);
      rows.push(json);
      size += json.length + 1;
      if (size >= chunkChars) {
        yield await chunkLine(part, rows);
        rows = [];
        size = 0;
      }
    }
    if (rows.length > 0) yield await chunkLine(part, rows);
  }
  yield `${JSON.stringify({ end: true, chunks, counts })}\n`;
}

/** A whole backup as one string: for small notebooks and tests; the app streams `backupLines`. */
export async function buildBackup(tables: BackupTables, createdAt: string, schemaVersion: number): Promise<string> {
  let text = '';
  for await (const line of backupLines(tables, createdAt, schemaVersion)) text += line;
  return text;
}

export type BackupCheck =
  | { ok: true; tables: BackupTables; createdAt: string; schemaVersion: number; counts: Record<BackupPart, number> }
  | { ok: false; error: string };

const NOT_A_BACKUP = 'This file is not a Verbatim backup.';
const INCOMPLETE = 'This file is not a Verbatim backup, or it is truncated or damaged (it is not complete JSON).';
const TRUNCATED = 'This backup is truncated: its end is missing.';
const TOO_DEEP = 'This file is not a Verbatim backup (its structure is nested far deeper than a backup).';
const BAD_CONTENTS = 'This backup is damaged: its table of contents is not as expected.';
const damagedPart = (name: string, what: string) => `This backup is damaged: the part “${name}” ${what}.`;

/** Depth of nesting, without recursion (a deep file must not overflow the stack here either). */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

function parseLine(line: string): { ok: true; value: unknown } | { ok: false; error: string } {
  if (tooDeep(line)) return { ok: false, error: TOO_DEEP };
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch {
    return { ok: false, error: INCOMPLETE };
  }
}

const isoDateTime = z.iso.datetime({ offset: true });
const header = z.strictObject({ format: z.literal(BACKUP_FORMAT), version: z.literal(BACKUP_VERSION), schemaVersion: z.number().int().positive(), createdAt: isoDateTime });
const chunk = z.strictObject({ part: z.enum(BACKUP_PARTS), count: z.number().int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/), data: z.string() });
const end = z.strictObject({ end: z.literal(true), chunks: z.number().int().nonnegative(), counts: z.record(z.enum(BACKUP_PARTS), z.number().int().nonnegative()) });

/** Parses a part's rows and checks they are what its checksum and count announce. */
async function readRows(name: string, data: string, sha: string, count: number): Promise<{ ok: true; rows: unknown[] } | { ok: false; error: string }> {
  if ((await sha256(data)) !== sha) return { ok: false, error: damagedPart(name, 'does not match its checksum') };
  let rows: unknown;
  try {
    rows = JSON.parse(data);
  } catch {
    return { ok: false, error: damagedPart(name, 'is not readable') };
  }
  if (!Array.isArray(rows) || rows.length !== count || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    return { ok: false, error: damagedPart(name, 'does not hold the records it announces') };
  }
  return { ok: true, rows };
}

/** Format 1: one JSON object whose parts each hold their rows as one checksummed string. */
async function readFormat1(json: unknown): Promise<BackupCheck> {
  const part = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), count: z.number().int().nonnegative(), data: z.string() });
  const envelope = z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.literal(1), schemaVersion: z.number().int().positive(), createdAt: z.string(), parts: z.record(z.string(), part) });
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return { ok: false, error: BAD_CONTENTS };
  const tables = {} as BackupTables;
  const counts = {} as Record<BackupPart, number>;
  for (const name of BACKUP_PARTS) {
    const p = parsed.data.parts[name];
    if (!p) return { ok: false, error: damagedPart(name, 'is missing') };
    const rows = await readRows(name, p.data, p.sha256, p.count);
    if (!rows.ok) return rows;
    tables[name] = rows.rows;
    counts[name] = rows.rows.length;
  }
  return { ok: true, tables, createdAt: parsed.data.createdAt, schemaVersion: parsed.data.schemaVersion, counts };
}

/**
 * Reads a backup line by line (in the order it was written) and checks each line as it comes, so a
 * damaged file is refused at the first bad line. `finish` says whether the whole file was intact.
 */
export class BackupReader {
  private state: 'start' | 'parts' | 'ended' | 'format1' | 'failed' = 'start';
  private error = '';
  private createdAt = '';
  private schemaVersion = 0;
  private chunks = 0;
  private lastPart = 0;
  private format1: BackupCheck | null = null;
  private readonly tables = Object.fromEntries(BACKUP_PARTS.map((p) => [p, []])) as unknown as BackupTables;

  /** The first error met, or null while all is well. */
  async feedLine(line: string): Promise<string | null> {
    if (this.state === 'failed') return this.error;
    // Not trim(): a huge foreign file must not be copied before it is refused.
    if (/^\s*$/.test(line.slice(0, 16)) && /^\s*$/.test(line)) return null;
    if (this.state === 'start') {
      if (!looksLikeBackup(line)) return this.fail(NOT_A_BACKUP);
      const parsed = parseLine(line);
      if (!parsed.ok) return this.fail(parsed.error);
      const version = (parsed.value as { version?: unknown }).version;
      if (typeof version === 'number' && version > BACKUP_VERSION) {
        return this.fail(`This backup was made by a newer Verbatim (format ${version}; this one reads up to ${BACKUP_VERSION}). Update Verbatim to restore it.`);
      }
      if (version === 1) {
        this.format1 = await readFormat1(parsed.value);
        this.state = 'format1';
        return this.format1.ok ? null : this.fail(this.format1.error);
      }
      const h = header.safeParse(parsed.value);
      if (!h.success) return this.fail(BAD_CONTENTS);
      this.createdAt = h.data.createdAt;
      this.schemaVersion = h.data.schemaVersion;
      this.state = 'parts';
      return null;
    }
    if (this.state !== 'parts') return this.fail(this.state === 'format1' ? INCOMPLETE : 'This backup is damaged: it goes on after its end.');
    const parsed = parseLine(line);
    if (!parsed.ok) return this.fail(parsed.error);
    if ((parsed.value as { end?: unknown }).end !== undefined) return this.readEnd(parsed.value);
    const c = chunk.safeParse(parsed.value);
    if (!c.success) return this.fail(BAD_CONTENTS);
    const order = BACKUP_PARTS.indexOf(c.data.part);
    if (order < this.lastPart) return this.fail(damagedPart(c.data.part, 'is out of order'));
    this.lastPart = order;
    const rows = await readRows(c.data.part, c.data.data, c.data.sha256, c.data.count);
    if (!rows.ok) return this.fail(rows.error);
    const table = this.tables[c.data.part];
    for (const row of rows.rows) table.push(row);
    this.chunks++;
    return null;
  }

  /** Splits text made of whole lines and feeds each. */
  async feedText(text: string): Promise<string | null> {
    let from = 0;
    while (from < text.length) {
      const newline = text.indexOf('\n', from);
      const to = newline === -1 ? text.length : newline;
      const error = await this.feedLine(text.slice(from, to));
      if (error) return error;
      from = to + 1;
    }
    return null;
  }

  finish(): BackupCheck {
    if (this.state === 'failed') return { ok: false, error: this.error };
    if (this.state === 'format1') return this.format1!;
    if (this.state === 'start') return { ok: false, error: NOT_A_BACKUP };
    if (this.state !== 'ended') return { ok: false, error: TRUNCATED };
    const counts = Object.fromEntries(BACKUP_PARTS.map((p) => [p, this.tables[p].length])) as Record<BackupPart, number>;
    return { ok: true, tables: this.tables, createdAt: this.createdAt, schemaVersion: this.schemaVersion, counts };
  }

  private readEnd(value: unknown): string | null {
    const e = end.safeParse(value);
    if (!e.success) return this.fail(BAD_CONTENTS);
    if (e.data.chunks !== this.chunks) return this.fail(`This backup is damaged: it announces ${e.data.chunks} chunks and holds ${this.chunks}.`);
    for (const part of BACKUP_PARTS) {
      if ((e.data.counts[part] ?? 0) !== this.tables[part].length) return this.fail(damagedPart(part, 'does not hold the records it announces'));
    }
    this.state = 'ended';
    return null;
  }

  private fail(error: string): string {
    this.state = 'failed';
    this.error = error;
    return error;
  }
}

/**
 * Every backup we write names its format in its first characters. Checking them first refuses any
 * other file, however large, without parsing it.
 */
function looksLikeBackup(start: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"verbatim-backup"/.test(start.slice(0, SNIFF_CHARS));
}

/** Checks a whole backup file held as one string; returns its tables only if every part is intact. */
export async function readBackup(text: string): Promise<BackupCheck> {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'This file is far larger than any notebook backup: it was not read.' };
  if (!looksLikeBackup(text)) return { ok: false, error: NOT_A_BACKUP };
  const reader = new BackupReader();
  const error = await reader.feedText(text);
  return error ? { ok: false, error } : reader.finish();
}
