import type { LexicalEditor } from 'lexical';
import { $insertEventCitation, $insertPassageCitation, $insertPassageQuote } from '@common/editor/insertNodes';
import { citeLabel } from '@common/source/citeLabel';
import type { NotebookDb } from '../db/database';

export type InsertRequest = { kind: 'quote' | 'cite'; passageId: string } | { kind: 'event'; eventId: string; title: string; dateLabel: string };

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
  // Saved in the note for exports and deleted sources; the open note shows the live label instead.
  const sourceLabel = source ? citeLabel(source, await db.sources.toArray()) : 'Unknown source';
  const base = { passageId: passage.id, sourceId: passage.sourceId, exact: passage.selector.exact, detached: false };
  editor.update(() => {
    if (request.kind === 'quote') $insertPassageQuote({ ...base, sourceLabel });
    else $insertPassageCitation({ ...base, label: sourceLabel });
  });
}
