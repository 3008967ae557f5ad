import { $create, type LexicalNode, type LexicalParseJSON, type NodeKey, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { DataDecoratorNode, asString } from './DataDecoratorNode';

export interface PassageCitationData {
  readonly passageId: string;
  readonly sourceId: string;
  /** Short label shown on the chip (source and a few words). */
  readonly label: string;
  /** The full quote, shown on hover and in the export footnote. */
  readonly exact: string;
  /** The passage was deleted: the chip stays, marked as detached. */
  readonly detached: boolean;
}

export type SerializedPassageCitationNode = Spread<PassageCitationData, SerializedLexicalNode>;

const EMPTY: PassageCitationData = { passageId: '', sourceId: '', label: '', exact: '', detached: false };

/** An inline chip citing a passage after the words it supports. */
export class PassageCitationNode extends DataDecoratorNode<PassageCitationData> {
  protected readonly tagName = 'span';

  static override getType(): string {
    return 'passage-citation';
  }

  static override clone(node: PassageCitationNode): PassageCitationNode {
    return new PassageCitationNode(node.__data, node.__key);
  }

  constructor(data: PassageCitationData = EMPTY, key?: NodeKey) {
    super(data, key);
  }

  static override importJSON(json: SerializedPartial<SerializedPassageCitationNode> & Record<string, unknown>): PassageCitationNode {
    return $create(PassageCitationNode).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedPassageCitationNode>): this {
    return super.updateFromJSON(json).setData({
      passageId: asString(json.passageId),
      sourceId: asString(json.sourceId),
      label: asString(json.label),
      exact: asString(json.exact),
      detached: json.detached === true,
    });
  }

  override exportJSON(): SerializedPassageCitationNode {
    return { ...super.exportJSON(), ...this.getData(), type: PassageCitationNode.getType(), version: 1 };
  }

  setDetached(detached: boolean): this {
    return this.setData({ detached });
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return `[${this.getData().label}]`;
  }
}

export function $createPassageCitationNode(data: PassageCitationData): PassageCitationNode {
  return $create(PassageCitationNode).setData(data);
}

export function $isPassageCitationNode(node: LexicalNode | null | undefined): node is PassageCitationNode {
  return node instanceof PassageCitationNode;
}
