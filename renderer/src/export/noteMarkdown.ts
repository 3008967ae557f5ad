import { collectNoteLinks } from '@common/editor/noteLinks';
import { toCodePointRange } from '@common/anchor';
import { formatEventDateFr } from '@common/dates/eventDate';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { frontMatter } from '@common/export/frontMatter';
import type { PassageLocator } from '@common/export/locator';
import type { EventEvidence, ExportContext } from '@common/export/exportContext';
import type { NotebookDb } from '../db/database';
import type { NoteRow, PassageRow, SourceRow } from '../db/schema';

/** How a footnote names the source beyond its title: outlet and date, when known. */
function citationOf(source: SourceRow): { outlet?: string; dateLabel?: string } {
  return { ...(source.meta?.outlet ? { outlet: source.meta.outlet } : {}), ...(source.date ? { dateLabel: source.date.iso } : {}) };
}

/**
 * Reads from Dexie what a note's export needs (its passages, their source versions, its events and
 * their evidence) and hands it to the shared headless export. Offsets leave the app as code points
 * of the version each passage points into, with that version's hash.
 */
export async function buildExportContext(db: NotebookDb, notes: readonly NoteRow[]): Promise<{ ctx: ExportContext; sourcesOf: (note: NoteRow) => string[] }> {
  const links = notes.flatMap((n) => collectNoteLinks(n.content));
  const eventIds = [...new Set(links.filter((l) => l.kind === 'event').map((l) => l.targetId))];
  const events = (await db.events.bulkGet(eventIds)).filter((e) => e !== undefined);
  const evidence = eventIds.length ? await db.evidence.where('eventId').anyOf(eventIds).toArray() : [];
  const passageIds = [...new Set([...links.filter((l) => l.kind === 'passage').map((l) => l.targetId), ...evidence.map((e) => e.passageId)])];
  const passages = new Map((await db.passages.bulkGet(passageIds)).filter((p): p is PassageRow => p !== undefined).map((p) => [p.id, p]));
  const sources = new Map((await db.sources.bulkGet([...new Set([...passages.values()].map((p) => p.sourceId))])).filter((s) => s !== undefined).map((s) => [s.id, s]));
  const texts = new Map((await db.versions.bulkGet([...new Set([...passages.values()].map((p) => p.versionHash))])).filter((v) => v !== undefined).map((v) => [v.hash, v.text]));

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
            return { exact: p.selector.exact, sourceTitle: source.title, fileName: source.fileName, cpStart: cp.start, cpEnd: cp.end, versionHash: p.versionHash, ...citationOf(source) };
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
  return { ctx, sourcesOf };
}

/** Each note as a Markdown file's content: YAML front matter, then the exported body. */
export async function notesToMarkdown(db: NotebookDb, notes: readonly NoteRow[]): Promise<Array<{ title: string; markdown: string }>> {
  const { ctx, sourcesOf } = await buildExportContext(db, notes);
  return notes.map((note) => ({
    title: note.title,
    markdown: frontMatter({ title: note.title, created: note.createdAt, updated: note.updatedAt, sources: sourcesOf(note) }) + exportNoteToMarkdown(note.content, ctx),
  }));
}
