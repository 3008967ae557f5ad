import { $applyNodeReplacement, type LexicalNode, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { DataDecoratorNode } from './DataDecoratorNode';

export interface EventCitationData {
  readonly eventId: string;
  readonly title: string;
  readonly dateLabel: string;
}

export type SerializedEventCitationNode = Spread<EventCitationData, SerializedLexicalNode>;

/** An inline chip citing an event (title and date); its evidence is resolved at export. */
export class EventCitationNode extends DataDecoratorNode<EventCitationData> {
  protected readonly tagName = 'span';

  static override getType(): string {
    return 'event-citation';
  }

  static override clone(node: EventCitationNode): EventCitationNode {
    return new EventCitationNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedEventCitationNode> & Record<string, unknown>): EventCitationNode {
    return $createEventCitationNode({ eventId: String(json.eventId), title: String(json.title ?? ''), dateLabel: String(json.dateLabel ?? '') });
  }

  override exportJSON(): SerializedEventCitationNode {
    return { ...super.exportJSON(), ...this.getData(), type: EventCitationNode.getType(), version: 1 };
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    const { title, dateLabel } = this.getData();
    return `[${title}, ${dateLabel}]`;
  }
}

export function $createEventCitationNode(data: EventCitationData): EventCitationNode {
  return $applyNodeReplacement(new EventCitationNode(data));
}

export function $isEventCitationNode(node: LexicalNode | null | undefined): node is EventCitationNode {
  return node instanceof EventCitationNode;
}
