import { useContext, type ReactElement } from 'react';
import type { Klass, LexicalNode } from 'lexical';
import { NOTE_NODES } from '@common/editor/nodes';
import { PassageQuoteNode, type PassageQuoteData } from '@common/editor/PassageQuoteNode';
import { PassageCitationNode, type PassageCitationData } from '@common/editor/PassageCitationNode';
import { EventCitationNode, type EventCitationData } from '@common/editor/EventCitationNode';
import { NodeActionsContext, type PassageState } from './nodeActions';
import { ChipTextContext } from './chipText';

/*
 * How the note's nodes get React views without common/ knowing React: for each of our node classes
 * the renderer registers a subclass with the same type whose decorate() returns the view. Lexical
 * keys registered nodes by type, so the subclass takes the base class's place in the editor, and
 * since the common code makes nodes with `$create(Klass)`, it gets the subclass here and the base
 * class in headless editors. The JSON is the same either way (same type, same exportJSON).
 * Lexical's own `{replace, with, withKlass}` cannot do this: it requires the replacement to have
 * another type (tests/unit/editor/nodeViews.test.ts shows it refused).
 * Every text below is rendered as a React text child, never as HTML: source text is data.
 */

type Badge = 'detached' | 'orphaned' | null;

/** A passage deleted from the notebook (or whose note says so) is detached; one lost in its source is orphaned. */
function badgeOf(state: PassageState, detached: boolean): Badge {
  if (detached || state === 'missing') return 'detached';
  return state === 'orphaned' ? 'orphaned' : null;
}

// The label saved in the node is only a fallback (a deleted source, a headless export): the chip
// names the source as it is cited now, so a rename shows in every open note.
function usePassageChip(passageId: string, sourceId: string, savedLabel: string, detached: boolean) {
  const actions = useContext(NodeActionsContext);
  const badge = badgeOf(actions.passageState(passageId), detached);
  const label = actions.sourceLabel(sourceId) ?? savedLabel;
  // A detached passage is gone: there is nothing to open. An orphaned one can be opened for review.
  return { badge, label, canOpen: badge !== 'detached', open: () => actions.openPassage(passageId) };
}

export function PassageQuoteView({ data }: { data: PassageQuoteData }) {
  const t = useContext(ChipTextContext);
  const { badge, label, canOpen, open } = usePassageChip(data.passageId, data.sourceId, data.sourceLabel, data.detached);
  return (
    <figure className={badge ? `quote-block quote-${badge}` : 'quote-block'} data-passage-id={data.passageId}>
      <blockquote className="quote-text">{data.exact}</blockquote>
      <figcaption>
        <button type="button" className="source-chip" disabled={!canOpen} aria-label={t('nodeViews.openSource', { label })} onClick={open}>
          {label}
        </button>
        {badge ? <span className={`badge badge-${badge}`}>{badge}</span> : null}
      </figcaption>
    </figure>
  );
}

export function PassageCitationView({ data }: { data: PassageCitationData }) {
  const t = useContext(ChipTextContext);
  const { badge, label, canOpen, open } = usePassageChip(data.passageId, data.sourceId, data.label, data.detached);
  return (
    <button
      type="button"
      className={badge ? `citation-chip citation-${badge}` : 'citation-chip'}
      data-passage-id={data.passageId}
      title={`« ${data.exact} »${badge ? ` (${badge})` : ''}`}
      aria-label={t('nodeViews.citation', { label, value: badge ? ` (${badge})` : '' })}
      disabled={!canOpen}
      onClick={open}
    >
      {label}
      {badge ? <span className={`badge badge-${badge}`}>{badge}</span> : null}
    </button>
  );
}

export function EventCitationView({ data }: { data: EventCitationData }) {
  const t = useContext(ChipTextContext);
  const { openEvent } = useContext(NodeActionsContext);
  return (
    <button type="button" className="event-chip" data-event-id={data.eventId} aria-label={t('nodeViews.event', { title: data.title, dateLabel: data.dateLabel })} onClick={() => openEvent(data.eventId)}>
      {data.title} · {data.dateLabel}
    </button>
  );
}

// The subclasses own getType, clone and importJSON because Lexical expects every registered class to.
// decorate() reads __data directly: it runs during reconciliation, outside any read or update.

class PassageQuoteViewNode extends PassageQuoteNode {
  static override getType(): string {
    return PassageQuoteNode.getType();
  }
  static override clone(node: PassageQuoteViewNode): PassageQuoteViewNode {
    return new PassageQuoteViewNode(node.__data, node.__key);
  }
  static override importJSON(json: Parameters<typeof PassageQuoteNode.importJSON>[0]): PassageQuoteNode {
    return PassageQuoteNode.importJSON(json);
  }
  override decorate(): ReactElement {
    return <PassageQuoteView data={this.__data} />;
  }
}

class PassageCitationViewNode extends PassageCitationNode {
  static override getType(): string {
    return PassageCitationNode.getType();
  }
  static override clone(node: PassageCitationViewNode): PassageCitationViewNode {
    return new PassageCitationViewNode(node.__data, node.__key);
  }
  static override importJSON(json: Parameters<typeof PassageCitationNode.importJSON>[0]): PassageCitationNode {
    return PassageCitationNode.importJSON(json);
  }
  override decorate(): ReactElement {
    return <PassageCitationView data={this.__data} />;
  }
}

class EventCitationViewNode extends EventCitationNode {
  static override getType(): string {
    return EventCitationNode.getType();
  }
  static override clone(node: EventCitationViewNode): EventCitationViewNode {
    return new EventCitationViewNode(node.__data, node.__key);
  }
  static override importJSON(json: Parameters<typeof EventCitationNode.importJSON>[0]): EventCitationNode {
    return EventCitationNode.importJSON(json);
  }
  override decorate(): ReactElement {
    return <EventCitationView data={this.__data} />;
  }
}

const WITH_VIEWS = new Map<Klass<LexicalNode>, Klass<LexicalNode>>([
  [PassageQuoteNode, PassageQuoteViewNode],
  [PassageCitationNode, PassageCitationViewNode],
  [EventCitationNode, EventCitationViewNode],
]);

/** The renderer editor's `nodes`: NOTE_NODES with our three classes swapped for their viewed subclasses. */
export const RENDERER_NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = NOTE_NODES.map((klass) => WITH_VIEWS.get(klass) ?? klass);
