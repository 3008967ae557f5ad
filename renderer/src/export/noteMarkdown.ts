import { collectNoteLinks } from '@common/editor/noteLinks';
import { toCodePointRange } from '@common/anchor';
import { formatEventDateFr } from '@common/dates/eventDate';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { frontMatter } from '@common/export/frontMatter';
import type { PassageLocator } from '@common/export/locator';
import type { EventEvidence, ExportContext } from '@common/export/exportContext';
import type { NotebookDb } from '../db/database';
import type { NoteRow, PassageRow, SourceRow, SourceVersionRow } from '../db/schema';
import { extractedTextFiles } from '@common/export/extractedTexts';
import { citationKeys, type KeyedSource } from '@common/export/citationKey';
import { toCslItem } from '@common/export/cslJson';
import { cslToBibtex } from '@common/export/bibtex';
import { pageLocatorPart, pageSpanOf } from '@common/source/pageOfOffset';
import { citationOf } from './citationOf';

/**
 * Reads from Dexie what a note's export needs (its passages, their source versions, its events and
 * their evidence) and hands it to the shared headless export. Offsets leave the app as code points
 * of the version each passage points into, with that version's hash.
 */
export async function buildExportContext(db: NotebookDb, notes: readonly NoteRow[], options: ExportOptions = {}): Promise<{ ctx: ExportContext; sourcesOf: (note: NoteRow) => string[]; cited: () => CitedVersion[]; keys: Map<string, string> }> {
  const links = notes.flatMap((n) => collectNoteLinks(n.content));
  const eventIds = [...new Set(links.filter((l) => l.kind === 'event').map((l) => l.targetId))];
  const events = (await db.events.bulkGet(eventIds)).filter((e) => e !== undefined);
  const evidence = eventIds.length ? await db.evidence.where('eventId').anyOf(eventIds).toArray() : [];
  const passageIds = [...new Set([...links.filter((l) => l.kind === 'passage').map((l) => l.targetId), ...evidence.map((e) => e.passageId)])];
  const passages = new Map((await db.passages.bulkGet(passageIds)).filter((p): p is PassageRow => p !== undefined).map((p) => [p.id, p]));
  const sources = new Map((await db.sources.bulkGet([...new Set([...passages.values()].map((p) => p.sourceId))])).filter((s) => s !== undefined).map((s) => [s.id, s]));
  const versionRows = (await db.versions.bulkGet([...new Set([...passages.values()].map((p) => p.versionHash))])).filter((v) => v !== undefined);
  const texts = new Map(versionRows.map((v) => [v.hash, v.text]));
  const pageStarts = new Map(versionRows.map((v) => [v.hash, v.pageStarts]));

  // Keys over the whole notebook, so a source's key is the same in every export.
  const keys = options.pandoc ? citationKeys((await db.sources.toArray()).map(keyedSource)) : new Map<string, string>();
  const locators = new Map<string, PassageLocator | null>();
  const resolvePassage = (id: string): PassageLocator | null => {
    if (locators.has(id)) return locators.get(id)!;
    const p = passages.get(id);
    const source = p && sources.get(p.sourceId);
    const text = p && texts.get(p.versionHash);
    // An orphaned passage has no place in any text we hold: it is exported without a locator.
    const locator =
      p && source && text !== undefined && p.status !== 'orphaned'
        ? (() => {
            const cp = toCodePointRange(text, p.selector.start, p.selector.end);
            const page = pageSpanOf(pageStarts.get(p.versionHash), cp.start, cp.end);
            // The pandoc locator names the printed pages the user gave, else the PDF pages the passage lies on.
            const pages = source.meta?.pages ?? (page ? pageLocatorPart(page) : undefined);
            return { exact: p.selector.exact, sourceTitle: source.title, fileName: source.fileName, cpStart: cp.start, cpEnd: cp.end, versionHash: p.versionHash, ...citationOf(source), ...(page ? { page } : {}), ...(keys.has(source.id) ? { citationKey: keys.get(source.id)!, ...(pages ? { pages } : {}) } : {}) };
          })()
        : null;
    locators.set(id, locator);
    return locator;
  };
  const ctx: ExportContext = {
    resolvePassage,
    resolveEvent: (id) => {
      const event = events.find((e) => e.id === id);
      if (!event) return null;
      const ev: EventEvidence[] = evidence
        .filter((e) => e.eventId === id)
        .flatMap((e) => {
          const l = resolvePassage(e.passageId);
          return l ? [{ ...l, stance: e.stance, who: e.who }] : [];
        });
      return { title: event.title, dateLabel: event.date ? formatEventDateFr(event.date) : 'undated', evidence: ev };
    },
  };
  const sourcesOf = (note: NoteRow) => {
    const names = new Set<string>();
    for (const link of collectNoteLinks(note.content)) {
      const ids = link.kind === 'passage' ? [link.targetId] : evidence.filter((e) => e.eventId === link.targetId).map((e) => e.passageId);
      for (const id of ids) {
        const p = passages.get(id);
        const s = p && sources.get(p.sourceId);
        if (s) names.add(s.fileName);
      }
    }
    return [...names].sort();
  };
  /** The source versions the exported passages point into (resolved so far), with their sources. */
  const cited = (): CitedVersion[] => {
    const out = new Map<string, CitedVersion>();
    for (const [id, l] of locators) {
      const p = l ? passages.get(id) : undefined;
      const source = p ? sources.get(p.sourceId) : undefined;
      const text = p ? texts.get(p.versionHash) : undefined;
      const version = p ? versionRows.find((v) => v.hash === p.versionHash) : undefined;
      if (p && source && text !== undefined && version && !out.has(p.versionHash)) out.set(p.versionHash, { source, text, hash: p.versionHash, ...(version.format ? { format: version.format } : {}), ...(version.pageStarts ? { pageStarts: version.pageStarts } : {}) });
    }
    return [...out.values()];
  };
  return { ctx, sourcesOf, cited, keys };
}

export interface ExportOptions {
  /** Footnotes cite with pandoc citations, and the bibliography goes beside the notes. */
  readonly pandoc?: boolean;
  /** `sources/` holds the exact text of every cited source version. */
  readonly withSources?: boolean;
}

export interface CitedVersion {
  readonly source: SourceRow;
  readonly text: string;
  readonly hash: string;
  readonly format?: SourceVersionRow['format'];
  readonly pageStarts?: readonly number[];
}

function keyedSource(s: SourceRow): KeyedSource {
  return { id: s.id, title: s.title, importedAt: s.importedAt, year: s.date?.iso.slice(0, 4) ?? null, ...(s.meta?.outlet ? { outlet: s.meta.outlet } : {}), ...(s.meta?.authors ? { authors: s.meta.authors } : {}) };
}

/**
 * Notes and their companion files for a folder export: with `pandoc`, footnotes cite `[@key]` and
 * `references.json` (CSL-JSON) and `references.bib` list the cited sources; with `withSources`,
 * `sources/` holds the stored text of each cited version, so the folder verifies on its own.
 */
export async function exportFolderContents(db: NotebookDb, notes: readonly NoteRow[], options: ExportOptions): Promise<{ notes: Array<{ title: string; markdown: string }>; files: Array<{ path: string; content: string }> }> {
  const { ctx, sourcesOf, cited, keys } = await buildExportContext(db, notes, options);
  const written = notes.map((note) => ({
    title: note.title,
    markdown: frontMatter({ title: note.title, created: note.createdAt, updated: note.updatedAt, sources: sourcesOf(note), ...(options.pandoc ? { bibliography: 'references.json' } : {}) }) + exportNoteToMarkdown(note.content, ctx),
  }));
  const versions = cited();
  const files: Array<{ path: string; content: string }> = [];
  if (options.pandoc) {
    const bySource = new Map(versions.map((v) => [v.source.id, v.source]));
    const items = [...bySource.values()].map((s) => toCslItem({ key: keys.get(s.id)!, title: s.title, date: s.date, language: s.language, ...(s.meta ? { meta: s.meta } : {}) }));
    files.push({ path: 'references.json', content: `${JSON.stringify(items, null, 2)}\n` }, { path: 'references.bib', content: cslToBibtex(items) });
  }
  if (options.withSources) {
    // Each cited version's extracted text with its SHA-256 (and pages), so verify needs no extractor.
    files.push(...extractedTextFiles(versions.map((v) => ({ fileName: v.source.fileName, text: v.text, sha256: v.hash, ...(v.format ? { format: v.format } : {}), ...(v.pageStarts ? { pageStarts: v.pageStarts } : {}) }))));
  }
  return { notes: written, files };
}

/** Each note as a Markdown file's content: YAML front matter, then the exported body. */
export async function notesToMarkdown(db: NotebookDb, notes: readonly NoteRow[]): Promise<Array<{ title: string; markdown: string }>> {
  const { ctx, sourcesOf } = await buildExportContext(db, notes);
  return notes.map((note) => ({
    title: note.title,
    markdown: frontMatter({ title: note.title, created: note.createdAt, updated: note.updatedAt, sources: sourcesOf(note) }) + exportNoteToMarkdown(note.content, ctx),
  }));
}
