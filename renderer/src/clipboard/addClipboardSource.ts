import { MAX_TITLE_LENGTH } from '@common/source/deriveTitle';
import type { ParsedSource } from '@common/source/types';
import type { NotebookDb } from '../db/database';
import { importBatch } from '../db/importSources';

export type ClipboardOutcome =
  /** A new source in the library. */
  | { readonly kind: 'added'; readonly sourceId: string }
  /** The same text (same hash) is already a source: it is not stored twice. */
  | { readonly kind: 'known'; readonly sourceId: string; readonly title: string; readonly inTrash: boolean };

/**
 * Stores the clipboard's text as a source with the title the user gave, through the ordinary import,
 * so identity is the text's hash: the same text pasted twice is found, not duplicated.
 */
export async function addClipboardSource(db: NotebookDb, parsed: ParsedSource, title: string): Promise<ClipboardOutcome> {
  const clean = title.trim();
  if (clean === '') throw new Error('A source needs a title.');
  if (Array.from(clean).length > MAX_TITLE_LENGTH * 4) throw new Error(`A title of at most ${MAX_TITLE_LENGTH * 4} characters, please.`);
  const known = await db.versions.get(parsed.hash);
  const owner = known ? await db.sources.get(known.sourceId) : undefined;
  if (owner) return { kind: 'known', sourceId: owner.id, title: owner.title, inTrash: Boolean(owner.deletedAt) };
  await importBatch(db, { origin: 'files', sources: [{ ...parsed, title: clean }], failures: [] });
  const stored = await db.versions.get(parsed.hash);
  if (!stored) throw new Error('The text was not stored.');
  return { kind: 'added', sourceId: stored.sourceId };
}
