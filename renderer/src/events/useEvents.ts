import { useLiveQuery } from 'dexie-react-hooks';
import { compareEventDates } from '@common/dates/eventDate';
import { summarizeEvidence, type Attestation } from '@common/events/attestation';
import { evidenceByEvent } from '@common/events/evidenceByEvent';
import { citeLabels } from '@common/source/citeLabel';
import { db } from '../db/database';
import type { EventRow, EvidenceRow, PassageRow, SourceRow } from '../db/schema';

export interface EvidenceView {
  row: EvidenceRow;
  passage: PassageRow | undefined;
  source: SourceRow | undefined;
  /** The source as a person cites it (see citeLabel), '' when the passage or source is gone. */
  sourceLabel: string;
}

export interface EventView {
  event: EventRow;
  evidence: EvidenceView[];
  attestation: Attestation;
}

/** Dated events in date order (mixed precisions), undated ones last by title. */
export function compareEvents(a: EventRow, b: EventRow): number {
  if (a.date && b.date) return compareEventDates(a.date, b.date) || a.title.localeCompare(b.title);
  if (a.date || b.date) return a.date ? -1 : 1;
  return a.title.localeCompare(b.title);
}

/**
 * Every event with its evidence resolved to passages and sources, kept live. Reads only the passages
 * some evidence cites (not the whole passages table); sources stay whole, as labels tell same-named
 * sources apart among all of them.
 */
export function useEventViews(): EventView[] | undefined {
  return useLiveQuery(async () => {
    const [events, evidence, sources] = await Promise.all([db.events.toArray(), db.evidence.toArray(), db.sources.toArray()]);
    const cited = await db.passages.bulkGet([...new Set(evidence.map((e) => e.passageId))]);
    const passageById = new Map(cited.filter((p) => p !== undefined).map((p) => [p.id, p]));
    const sourceById = new Map(sources.map((s) => [s.id, s]));
    const labels = citeLabels(sources);
    const byEvent = evidenceByEvent(evidence);
    return events.sort(compareEvents).map((event) => {
      const views = (byEvent.get(event.id) ?? []).map((row) => {
        const passage = passageById.get(row.passageId);
        return { row, passage, source: passage ? sourceById.get(passage.sourceId) : undefined, sourceLabel: (passage && labels.get(passage.sourceId)) ?? '' };
      });
      const facts = views.filter((v) => v.passage).map((v) => ({ sourceId: v.passage!.sourceId, stance: v.row.stance }));
      return { event, evidence: views, attestation: summarizeEvidence(facts) };
    });
  }, []);
}
