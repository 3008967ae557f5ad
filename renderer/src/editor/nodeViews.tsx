import { useLiveQuery } from 'dexie-react-hooks';
import type { LexicalNode } from 'lexical';
import type { NodeViews } from '@common/editor/decorators';
import { PassageQuoteNode, type PassageQuoteData } from '@common/editor/PassageQuoteNode';
import { PassageCitationNode, type PassageCitationData } from '@common/editor/PassageCitationNode';
import { EventCitationNode, type EventCitationData } from '@common/editor/EventCitationNode';
import { db } from '../db/database';
import { useWorkspace } from '../app/workspace';

type AnchorState = 'loading' | 'ok' | 'orphaned' | 'fuzzy' | 'missing';

/** Whether a cited passage still stands in its source: live, so a re-anchoring shows at once. */
function usePassageState(passageId: string): AnchorState {
  return (
    useLiveQuery(async () => {
      const passage = await db.passages.get(passageId);
      if (!passage) return 'missing' as const;
      if (passage.status === 'orphaned') return 'orphaned' as const;
      return passage.status === 'fuzzy' ? ('fuzzy' as const) : ('ok' as const);
    }, [passageId]) ?? 'loading'
  );
}

function stateBadge(state: AnchorState, detached: boolean): string | null {
  if (detached || state === 'missing') return 'detached';
  if (state === 'orphaned') return 'orphaned';
  if (state === 'fuzzy') return 'to review';
  return null;
}

/** What a quote or citation needs to draw itself: its badge, whether it can open, and how. */
function usePassageLink(data: { passageId: string; sourceId: string; detached: boolean }) {
  const { openPassage } = useWorkspace();
  const badge = stateBadge(usePassageState(data.passageId), data.detached);
  return {
    badge,
    canOpen: !badge || badge === 'to review',
    open: () => openPassage({ id: data.passageId, sourceId: data.sourceId }, { showDetails: false }),
  };
}

function QuoteView({ data }: { data: PassageQuoteData }) {
  const { badge, canOpen, open } = usePassageLink(data);
  return (
    <figure className={`quote-block${badge ? ` quote-${badge.replace(' ', '-')}` : ''}`} data-passage-id={data.passageId}>
      <blockquote className="quote-text">{data.exact}</blockquote>
      <figcaption>
        <button
          type="button"
          className="source-chip"
          disabled={!canOpen}
          aria-label={canOpen ? `Open source: ${data.sourceLabel}` : `Source: ${data.sourceLabel} (${badge})`}
          onClick={open}
        >
          {data.sourceLabel}
        </button>
        {badge ? <span className={`badge badge-${badge.replace(' ', '-')}`}>{badge}</span> : null}
      </figcaption>
    </figure>
  );
}

function CitationView({ data }: { data: PassageCitationData }) {
  const { badge, canOpen, open } = usePassageLink(data);
  return (
    <button
      type="button"
      className={`citation-chip${badge ? ` citation-${badge.replace(' ', '-')}` : ''}`}
      data-passage-id={data.passageId}
      title={`« ${data.exact} »${badge ? ` (${badge})` : ''}`}
      aria-label={`Citation: ${data.label}${badge ? ` (${badge})` : ''}`}
      disabled={!canOpen}
      onClick={open}
    >
      {data.label}
      {badge ? ` · ${badge}` : ''}
    </button>
  );
}

function EventChipView({ data }: { data: EventCitationData }) {
  const { openEvent } = useWorkspace();
  return (
    <button type="button" className="event-chip" data-event-id={data.eventId} aria-label={`Event: ${data.title}, ${data.dateLabel}`} onClick={() => openEvent(data.eventId)}>
      {data.title} · {data.dateLabel}
    </button>
  );
}

/** React views for our nodes, handed to the editor through its theme (see common/editor/decorators.ts). */
export const NOTE_NODE_VIEWS: NodeViews = {
  [PassageQuoteNode.getType()]: (node: LexicalNode) => <QuoteView data={(node as PassageQuoteNode).getData()} />,
  [PassageCitationNode.getType()]: (node: LexicalNode) => <CitationView data={(node as PassageCitationNode).getData()} />,
  [EventCitationNode.getType()]: (node: LexicalNode) => <EventChipView data={(node as EventCitationNode).getData()} />,
};
