import { $create, type LexicalNode, type LexicalParseJSON, type NodeKey, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { DataDecoratorNode, asString } from './DataDecoratorNode';

export interface EventCitationData {
  readonly eventId: string;
  readonly title: string;
  /** The event's date as shown, e.g. « 1er novembre 2024 ». */
  readonly dateLabel: string;
}

export type SerializedEventCitationNode = Spread<EventCitationData, SerializedLexicalNode>;

const EMPTY: EventCitationData = { eventId: '', title: '', dateLabel: '' };

/** An inline chip citing an event (title and date); its evidence is resolved at export. */
export class EventCitationNode extends DataDecoratorNode<EventCitationData> {
  protected readonly tagName = 'span';

  static override getType(): string {
    return 'event-citation';
  }

  static override clone(node: EventCitationNode): EventCitationNode {
    return new EventCitationNode(node.__data, node.__key);
  }

  constructor(data: EventCitationData = EMPTY, key?: NodeKey) {
    super(data, key);
  }

  static override importJSON(json: SerializedPartial<SerializedEventCitationNode> & Record<string, unknown>): EventCitationNode {
    return $create(EventCitationNode).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedEventCitationNode>): this {
    return super.updateFromJSON(json).setData({
      eventId: asString(json.eventId),
      title: asString(json.title),
      dateLabel: asString(json.dateLabel),
    });
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
  return $create(EventCitationNode).setData(data);
}

export function $isEventCitationNode(node: LexicalNode | null | undefined): node is EventCitationNode {
  return node instanceof EventCitationNode;
}
