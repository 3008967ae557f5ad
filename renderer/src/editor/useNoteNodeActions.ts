import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { useCiteLabels } from '../db/useCiteLabels';
import { useWorkspace } from '../app/workspace';
import type { NodeActions } from './nodeActions';
import type { PassageRow } from '../db/schema';
import { collectNoteLinks } from '@common/editor/noteLinks';

async function citedPassages(passageIds: readonly string[]): Promise<{ passages: Map<string, PassageRow | undefined>; trashed: Set<string> }> {
  const rows = await db.passages.bulkGet([...passageIds]);
  const found = rows.filter((p): p is PassageRow => p !== undefined);
  const sources = await db.sources.bulkGet([...new Set(found.map((p) => p.sourceId))]);
  return {
    // Every id asked about, found or not: only an id asked about and not found is missing.
    passages: new Map(passageIds.map((id, i) => [id, rows[i]])),
    trashed: new Set(sources.filter((s) => s !== undefined && Boolean(s.deletedAt)).map((s) => s!.id)),
  };
}

/**
 * What the note's quote, citation and event chips do in the app: open the passage in the reader
 * (keeping the note in view) or the event, and say where each cited passage stands, live, so a
 * deletion or a re-anchoring shows at once.
 */
export function useNoteNodeActions(storedContent: string): NodeActions {
  const { openPassage, openEvent } = useWorkspace();
  const labels = useCiteLabels();
  // Only the passages the stored note cites and their sources, in one query: the chips redraw once
  // when it answers, and nothing scans the whole passage or source table. A quote inserted since
  // the last save is not asked about yet, so it is taken as present until the save (300 ms).
  const passageIds = useMemo(() => collectNoteLinks(storedContent).flatMap((l) => (l.kind === 'passage' ? [l.targetId] : [])), [storedContent]);
  const idsKey = passageIds.join('\n');
  // Keyed by the ids, not the array's identity: a save that cites the same passages reads nothing again.
  const cited = useLiveQuery(() => citedPassages(passageIds), [idsKey]);
  const passages = cited?.passages;
  // Passages of a source in the Trash are detached while it is there; a restore attaches them again.
  const trashed = cited?.trashed;
  return useMemo<NodeActions>(
    () => ({
      openPassage: (id) => {
        if (passages?.has(id)) {
          const passage = passages.get(id);
          if (passage && !trashed?.has(passage.sourceId)) openPassage(passage, { showDetails: false });
          return;
        }
        // A quote inserted since the last save: asked about now.
        void db.passages.get(id).then(async (passage) => {
          if (passage && !(await db.sources.get(passage.sourceId))?.deletedAt) openPassage(passage, { showDetails: false });
        });
      },
      openEvent: (id) => openEvent(id),
      // Until the passages are loaded, nothing is called missing.
      passageState: (id) => {
        if (!passages || !passages.has(id)) return 'ok';
        const passage = passages.get(id);
        if (!passage || trashed?.has(passage.sourceId)) return 'missing';
        return passage.status === 'orphaned' ? 'orphaned' : 'ok';
      },
      sourceLabel: (sourceId) => labels?.get(sourceId),
    }),
    [passages, trashed, labels, openPassage, openEvent],
  );
}
