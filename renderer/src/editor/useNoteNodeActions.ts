import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { trashedSourceIds } from '../db/trashedSourceIds';
import { useCiteLabels } from '../db/useCiteLabels';
import { useWorkspace } from '../app/workspace';
import type { NodeActions } from './nodeActions';

/**
 * What the note's quote, citation and event chips do in the app: open the passage in the reader
 * (keeping the note in view) or the event, and say where each cited passage stands, live, so a
 * deletion or a re-anchoring shows at once.
 */
export function useNoteNodeActions(): NodeActions {
  const { openPassage, openEvent } = useWorkspace();
  const labels = useCiteLabels();
  const passages = useLiveQuery(async () => new Map((await db.passages.toArray()).map((p) => [p.id, p])), []);
  // Passages of a source in the Trash are detached while it is there; a restore attaches them again.
  const trashed = useLiveQuery(async () => new Set(await trashedSourceIds(db)), []);
  return useMemo<NodeActions>(
    () => ({
      openPassage: (id) => {
        const passage = passages?.get(id);
        if (passage && !trashed?.has(passage.sourceId)) openPassage(passage, { showDetails: false });
      },
      openEvent: (id) => openEvent(id),
      // Until the passages are loaded, nothing is called missing.
      passageState: (id) => {
        if (!passages) return 'ok';
        const passage = passages.get(id);
        if (!passage || trashed?.has(passage.sourceId)) return 'missing';
        return passage.status === 'orphaned' ? 'orphaned' : 'ok';
      },
      sourceLabel: (sourceId) => labels?.get(sourceId),
    }),
    [passages, trashed, labels, openPassage, openEvent],
  );
}
