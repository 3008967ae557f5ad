import { SIMILAR_TEXT, textSimilarity } from '@common/source/textSimilarity';
import type { ImportBatch, ParsedSource } from '@common/source/types';
import type { NotebookDb } from './database';
import type { SourceRow } from './schema';

/** A stored source the user may mean when a file with its name arrives from another folder. */
export interface SourceCandidate {
  readonly sourceId: string;
  readonly title: string;
  readonly fileName: string;
  readonly path: string | undefined;
  /** Word-shingle similarity of the file's text to the source's current text (0–1). */
  readonly similarity: number;
}

/**
 * What one parsed file is to the notebook. Identity is the path the file was read from or the
 * hash of its text, never its bare name:
 * - `unchanged`: the source's current text again;
 * - `duplicate`: the current text of a source with another name, not stored twice;
 * - `restore`: an earlier version of a source comes back (from a file the user imported);
 * - `update`: the same path with new text: a new version;
 * - `kept`: a seed whose source carries a version the user made: the seed never replaces it;
 * - `new`: a source of its own (also a file whose name is taken by an unrelated text);
 * - `ask`: the name is taken in another folder by a similar text: new source, or new version?
 */
export type SourceDecision =
  | { readonly kind: 'unchanged' | 'duplicate' | 'restore' | 'update' | 'kept'; readonly source: SourceRow }
  | { readonly kind: 'new'; readonly sameName: readonly SourceRow[] }
  | { readonly kind: 'ask'; readonly candidates: readonly SourceCandidate[]; readonly sameName: readonly SourceRow[] };

/** The user's answer for one file (keyed by its path): a new source, or a new version of that source. */
export type SourceChoice = 'new' | { readonly versionOf: string };

async function currentIsFromSeeds(db: NotebookDb, source: SourceRow): Promise<boolean> {
  return (await db.versions.get(source.hash))?.origin === 'seeds';
}

/** The source a file at `path` was read into before: through any of its versions, or its own path. */
async function sourceReadFrom(db: NotebookDb, path: string): Promise<SourceRow | undefined> {
  const version = await db.versions.where('path').equals(path).first();
  if (version) return db.sources.get(version.sourceId);
  return db.sources.where('path').equals(path).first();
}

/** Decides what `parsed` is, reading only. Runs inside the import transaction, and before it to find the questions. */
export async function decideSource(db: NotebookDb, parsed: ParsedSource, origin: ImportBatch['origin'], choice?: SourceChoice): Promise<SourceDecision> {
  const known = await db.versions.get(parsed.hash);
  const owner = known ? await db.sources.get(known.sourceId) : undefined;
  if (owner) {
    if (owner.hash === parsed.hash) {
      const sameFile = owner.path === parsed.path || owner.fileName === parsed.fileName;
      return { kind: sameFile ? 'unchanged' : 'duplicate', source: owner };
    }
    // An earlier text of a source: the user's file brings it back; a seed never does (it would
    // revert whatever the user imported since).
    return { kind: origin === 'seeds' ? 'unchanged' : 'restore', source: owner };
  }

  const samePath = await sourceReadFrom(db, parsed.path);
  const sameName = (await db.sources.where('fileName').equals(parsed.fileName).toArray()).filter((s) => s.id !== samePath?.id);
  if (origin === 'seeds') {
    // Sources stored before paths were kept (version 5) are found by name: the seeds were keyed so.
    const seed = samePath ?? sameName.find((s) => s.path === undefined);
    if (!seed) return { kind: 'new', sameName };
    // A newer seed replaces only a seed's text; a version the user made stays current.
    return { kind: (await currentIsFromSeeds(db, seed)) ? 'update' : 'kept', source: seed };
  }
  if (samePath) return { kind: 'update', source: samePath };

  const candidates: SourceCandidate[] = [];
  for (const source of sameName) {
    const text = (await db.versions.get(source.hash))?.text ?? '';
    const similarity = textSimilarity(text, parsed.text);
    if (similarity >= SIMILAR_TEXT) candidates.push({ sourceId: source.id, title: source.title, fileName: source.fileName, path: source.path, similarity });
  }
  if (candidates.length === 0) return { kind: 'new', sameName };
  candidates.sort((a, b) => b.similarity - a.similarity);
  if (choice === undefined) return { kind: 'ask', candidates, sameName };
  const chosen = choice === 'new' ? undefined : sameName.find((s) => s.id === choice.versionOf && candidates.some((c) => c.sourceId === s.id));
  return chosen ? { kind: 'update', source: chosen } : { kind: 'new', sameName };
}
