import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { createElement } from './createElement';
import { decorateWithView } from './decorators';

export interface EventCitationData {
  readonly eventId: string;
  readonly title: string;
  readonly dateLabel: string;
}

export type SerializedEventCitationNode = Spread<EventCitationData, SerializedLexicalNode>;

/** An inline chip citing an event (title and date); its evidence is resolved at export. */
export class EventCitationNode extends DecoratorNode<unknown> {
  __data: EventCitationData;

  static override getType(): string {
    return 'event-citation';
  }

  static override clone(node: EventCitationNode): EventCitationNode {
    return new EventCitationNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedEventCitationNode> & Record<string, unknown>): EventCitationNode {
    return $createEventCitationNode({ eventId: String(json.eventId), title: String(json.title ?? ''), dateLabel: String(json.dateLabel ?? '') });
  }

  constructor(data: EventCitationData, key?: NodeKey) {
    super(key);
    this.__data = { ...data };
  }

  override exportJSON(): SerializedEventCitationNode {
    return { ...super.exportJSON(), ...this.getLatest().__data, type: EventCitationNode.getType(), version: 1 };
  }

  getData(): EventCitationData {
    return this.getLatest().__data;
  }

  override createDOM(): ReturnType<DecoratorNode<unknown>['createDOM']> {
    return createElement('span', 'event-citation-inline');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return `[${this.getLatest().__data.title}, ${this.getLatest().__data.dateLabel}]`;
  }

  override decorate(_editor: unknown, config: EditorConfig): unknown {
    return decorateWithView(this, config);
  }
}

export function $createEventCitationNode(data: EventCitationData): EventCitationNode {
  return $applyNodeReplacement(new EventCitationNode(data));
}

export function $isEventCitationNode(node: LexicalNode | null | undefined): node is EventCitationNode {
  return node instanceof EventCitationNode;
}
