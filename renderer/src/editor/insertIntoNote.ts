import type { LexicalEditor } from 'lexical';
import { $insertEventCitation, $insertPassageCitation, $insertPassageQuote } from '@common/editor/insertNodes';
import type { NotebookDb } from '../db/database';

export type InsertRequest = { kind: 'quote' | 'cite'; passageId: string } | { kind: 'event'; eventId: string; title: string; dateLabel: string };

/** A chip label: the source's title shortened, so a citation reads in a sentence. */
export function shortLabel(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  return words.length <= 4 ? title : `${words.slice(0, 4).join(' ')}…`;
}

/** Reads what a quote or citation copies (the passage's exact text, its source) and inserts it. */
export async function insertIntoNote(db: NotebookDb, editor: LexicalEditor, request: InsertRequest): Promise<void> {
  if (request.kind === 'event') {
    const { eventId, title, dateLabel } = request;
    editor.update(() => $insertEventCitation({ eventId, title, dateLabel }));
    return;
  }
  const passage = await db.passages.get(request.passageId);
  if (!passage) throw new Error('This passage no longer exists.');
  const source = await db.sources.get(passage.sourceId);
  const sourceLabel = source?.title ?? 'Unknown source';
  const base = { passageId: passage.id, sourceId: passage.sourceId, exact: passage.selector.exact, detached: false };
  editor.update(() => {
    if (request.kind === 'quote') $insertPassageQuote({ ...base, sourceLabel });
    else $insertPassageCitation({ ...base, label: shortLabel(sourceLabel) });
  });
}
