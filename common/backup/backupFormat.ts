import { z } from 'zod';

/**
 * One versioned file holding the whole notebook, a checksum per part. Restoring checks everything
 * before changing anything: a truncated, altered, newer or foreign file is refused with a reason.
 */
export const BACKUP_FORMAT = 'verbatim-backup';
export const BACKUP_VERSION = 1;
/** The parts, in the order they are restored (a part only refers to parts before it). */
export const BACKUP_PARTS = ['sources', 'versions', 'tags', 'passages', 'notes', 'noteLinks', 'events', 'evidence', 'entities'] as const;
export type BackupPart = (typeof BACKUP_PARTS)[number];
export type BackupTables = Record<BackupPart, unknown[]>;

/** Refused before parsing: nothing this size is a notebook we wrote, and parsing it could exhaust memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** Refused: nesting deeper than any of our records (a JSON bomb). */
const MAX_DEPTH = 64;

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function buildBackup(tables: BackupTables, createdAt: string, schemaVersion: number): Promise<string> {
  const parts: Record<string, { sha256: string; count: number; data: string }> = {};
  for (const name of BACKUP_PARTS) {
    // Each part's rows are kept as a JSON string, so its checksum covers exactly those bytes.
    const data = JSON.stringify(tables[name]);
    parts[name] = { sha256: await sha256(data), count: tables[name].length, data };
  }
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, createdAt, parts });
}

const part = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), count: z.number().int().nonnegative(), data: z.string() });
const envelope = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  parts: z.record(z.string(), part),
});

export type BackupCheck = { ok: true; tables: BackupTables; createdAt: string; counts: Record<BackupPart, number> } | { ok: false; error: string };

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

/** Checks a backup file completely; returns its tables only if every part is intact. */
export async function readBackup(text: string): Promise<BackupCheck> {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'This file is far larger than any notebook backup: it was not read.' };
  if (tooDeep(text)) return { ok: false, error: 'This file is not a Verbatim backup (its structure is nested far deeper than a backup).' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Verbatim backup, or it is truncated or damaged (it is not complete JSON).' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) return { ok: false, error: 'This file is not a Verbatim backup.' };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer Verbatim (format ${version}; this one reads up to ${BACKUP_VERSION}). Update Verbatim to restore it.` };
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'This backup is damaged: its table of contents is not as expected.' };
  const tables = {} as BackupTables;
  const counts = {} as Record<BackupPart, number>;
  for (const name of BACKUP_PARTS) {
    const p = parsed.data.parts[name];
    if (!p) return { ok: false, error: `This backup is damaged: the part “${name}” is missing.` };
    if ((await sha256(p.data)) !== p.sha256) return { ok: false, error: `This backup is damaged: the part “${name}” does not match its checksum.` };
    let rows: unknown;
    try {
      rows = JSON.parse(p.data);
    } catch {
      return { ok: false, error: `This backup is damaged: the part “${name}” is not readable.` };
    }
    if (!Array.isArray(rows) || rows.length !== p.count || rows.some((r) => typeof r !== 'object' || r === null)) {
      return { ok: false, error: `This backup is damaged: the part “${name}” does not hold the records it announces.` };
    }
    tables[name] = rows;
    counts[name] = rows.length;
  }
  return { ok: true, tables, createdAt: parsed.data.createdAt, counts };
}
