import { anchorPassage, describePassage } from '@common/anchor';
import { codePointIndex } from '@common/interchange/codePointIndex';
import { packQdpx, unpackQdpx } from '@common/interchange/refiQda/qdpxArchive';
import { GUID_PATTERN, type QdaCode, type QdaNote, type QdaSource } from '@common/interchange/refiQda/types';
import { normalizeSourceText } from '@common/text/normalize';
import { deriveHeading } from '@common/source/deriveTitle';
import { guessLanguage } from '@common/source/guessLanguage';
import { sha256Hex } from '@common/export/sha256';
import type { ParsedSource } from '@common/source/types';
import type { NotebookDb } from '../db/database';
import { importBatch } from '../db/importSources';
import type { PassageRow } from '../db/schema';

/** A tag colour as the standard wants it (#RRGGBB); anything else becomes the default tag yellow. */
function qdaColor(css: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(css);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return /^#[0-9a-f]{6}$/i.test(css) ? css.toUpperCase() : '#FFE58A';
}

/**
 * The notebook as a .qdpx: each source's current text, tags as codes, passages of the current
 * version as selections (code points), each passage memo as a note the selection refers to.
 */
export async function refiQdaProject(db: NotebookDb, at = new Date().toISOString()): Promise<Uint8Array> {
  const tags = await db.tags.toArray();
  const codeGuid = new Map(tags.map((t) => [t.name, crypto.randomUUID()]));
  const codes: QdaCode[] = tags.map((t) => ({ guid: codeGuid.get(t.name)!, name: t.name, color: qdaColor(t.color), description: t.description ?? '' }));
  const notes: QdaNote[] = [];
  const sources: QdaSource[] = [];
  for (const source of await db.sources.toArray()) {
    const version = await db.versions.get(source.hash);
    if (!version) continue;
    const index = codePointIndex(version.text);
    const passages = (await db.passages.where('sourceId').equals(source.id).toArray()).filter((p) => p.versionHash === source.hash && p.status !== 'orphaned');
    const selections = passages.map((p) => {
      const noteGuids: string[] = [];
      if (p.memo.trim()) {
        const guid = crypto.randomUUID();
        notes.push({ guid, name: `Memo: ${p.selector.exact.slice(0, 60)}`, text: p.memo });
        noteGuids.push(guid);
      }
      return { guid: GUID_PATTERN.test(p.id) ? p.id : crypto.randomUUID(), start: index.toCodePoint(p.selector.start), end: index.toCodePoint(p.selector.end), codeGuids: p.tags.flatMap((t) => (codeGuid.has(t) ? [codeGuid.get(t)!] : [])), noteGuids };
    });
    sources.push({ guid: GUID_PATTERN.test(source.id) ? source.id : crypto.randomUUID(), name: source.title || source.fileName, text: version.text, selections });
  }
  return packQdpx({ name: 'Verbatim notebook', user: { guid: crypto.randomUUID(), name: 'Verbatim researcher' }, codes, sources, notes }, at);
}

export interface RefiQdaImportReport {
  sources: number;
  codes: number;
  passages: number;
  duplicates: number;
  /** What in the project gave nothing, each with why. */
  skipped: string[];
}

/**
 * Imports a .qdpx into the notebook: sources through the ordinary source import (so a text already
 * here is not stored twice), codes as tags, selections as passages cut at the given code points.
 */
export async function importRefiQda(db: NotebookDb, bytes: Uint8Array, fileName: string, now = () => new Date().toISOString()): Promise<RefiQdaImportReport> {
  const unpacked = unpackQdpx(bytes);
  if (!unpacked.ok) throw new Error(unpacked.error);
  const { project, texts } = unpacked.contents;
  const skipped = [...unpacked.contents.skipped];
  const report: RefiQdaImportReport = { sources: 0, codes: 0, passages: 0, duplicates: 0, skipped };

  const parsed: ParsedSource[] = [];
  const raw = new Map<string, string>();
  for (const s of project.sources) {
    const original = texts.get(s.guid);
    if (original === undefined) continue;
    const plain = original.replace(/^\ufeff/, '');
    const text = normalizeSourceText(plain);
    if (text.trim() === '') {
      skipped.push(`the text source "${s.name}": its text is empty`);
      continue;
    }
    raw.set(s.guid, plain);
    const heading = deriveHeading(text, `${s.name}.txt`);
    parsed.push({ fileName: `${s.name}.txt`, path: `refi-qda/${fileName}/${s.guid}`, title: s.name || heading.title, date: heading.date, language: guessLanguage(text), byteSize: new TextEncoder().encode(plain).length, encoding: 'utf-8', replacedBytes: 0, text, hash: sha256Hex(text) });
  }
  const batch = await importBatch(db, { origin: 'files', sources: parsed, failures: [] }, { now });
  report.sources = batch.imported.length;

  const tagByCode = new Map<string, string>();
  const known = new Map((await db.tags.toArray()).map((t) => [t.name, t]));
  const newTags = project.codes.filter((c) => !known.has(c.name));
  for (const c of project.codes) tagByCode.set(c.guid, c.name);
  const noteText = new Map(project.notes.map((n) => [n.guid, n.text]));

  const rows: PassageRow[] = [];
  for (const s of project.sources) {
    const p = parsed.find((x) => x.path.endsWith(`/${s.guid}`));
    if (!p) continue;
    const version = await db.versions.get(p.hash);
    const source = version ? await db.sources.get(version.sourceId) : undefined;
    if (!source || !version) continue;
    const current = await db.versions.get(source.hash);
    if (!current) continue;
    const original = raw.get(s.guid)!;
    const index = codePointIndex(original);
    const existing = new Set((await db.passages.where('sourceId').equals(source.id).toArray()).map((r) => `${r.versionHash}\u0000${r.selector.start}\u0000${r.selector.end}`));
    for (const sel of s.selections) {
      const start = index.toStrIndex(sel.start);
      const end = index.toStrIndex(sel.end);
      if (start === null || end === null || end <= start) {
        skipped.push(`a selection in "${s.name}" at ${sel.start}–${sel.end}: outside its text of ${index.length} characters`);
        continue;
      }
      // Positions count in the file's own text; when our normalized text differs (CRLF, NFC) the quote is found again.
      let at: { start: number; end: number } | null = original === current.text ? { start, end } : null;
      if (!at) {
        const found = anchorPassage(current.text, { exact: original.slice(start, end), prefix: original.slice(Math.max(0, start - 32), start), suffix: original.slice(end, end + 32), start, end });
        at = found && found.method !== 'fuzzy' ? found : null;
      }
      if (!at) {
        skipped.push(`a selection in "${s.name}" at ${sel.start}–${sel.end}: its text is not found in the source`);
        continue;
      }
      const key = `${current.hash}\u0000${at.start}\u0000${at.end}`;
      if (existing.has(key)) {
        report.duplicates++;
        continue;
      }
      existing.add(key);
      const tags = [...new Set(sel.codeGuids.flatMap((g) => (tagByCode.has(g) ? [tagByCode.get(g)!] : [])))];
      const memo = sel.noteGuids.flatMap((g) => (noteText.has(g) ? [noteText.get(g)!] : [])).join('\n\n');
      const stamp = now();
      rows.push({ id: crypto.randomUUID(), sourceId: source.id, versionHash: current.hash, selector: describePassage(current.text, at.start, at.end), tags, memo, status: 'exact', score: 1, createdAt: stamp, updatedAt: stamp });
    }
  }
  await db.transaction('rw', db.passages, db.tags, async () => {
    if (newTags.length) await db.tags.bulkAdd(newTags.map((c) => ({ name: c.name, color: c.color || '#ffe58a', ...(c.description ? { description: c.description } : {}) })));
    await db.passages.bulkAdd(rows);
  });
  report.codes = newTags.length;
  report.passages = rows.length;
  return report;
}
