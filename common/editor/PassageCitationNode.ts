import { $applyNodeReplacement, type LexicalNode, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { DataDecoratorNode } from './DataDecoratorNode';

export interface PassageCitationData {
  readonly passageId: string;
  readonly sourceId: string;
  /** Short label shown on the chip (source and a few words). */
  readonly label: string;
  /** The full quote, shown on hover and in the export footnote. */
  readonly exact: string;
  readonly detached: boolean;
}

export type SerializedPassageCitationNode = Spread<PassageCitationData, SerializedLexicalNode>;

/** An inline chip citing a passage. */
export class PassageCitationNode extends DataDecoratorNode<PassageCitationData> {
  protected readonly tagName = 'span';

  static override getType(): string {
    return 'passage-citation';
  }

  static override clone(node: PassageCitationNode): PassageCitationNode {
    return new PassageCitationNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedPassageCitationNode> & Record<string, unknown>): PassageCitationNode {
    return $createPassageCitationNode({
      passageId: String(json.passageId),
      sourceId: String(json.sourceId),
      label: String(json.label ?? ''),
      exact: String(json.exact ?? ''),
      detached: json.detached === true,
    });
  }

  override exportJSON(): SerializedPassageCitationNode {
    return { ...super.exportJSON(), ...this.getData(), type: PassageCitationNode.getType(), version: 1 };
  }

  setDetached(detached: boolean): this {
    return this.withData({ detached });
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return `[${this.getData().label}]`;
  }
}

export function $createPassageCitationNode(data: PassageCitationData): PassageCitationNode {
  return $applyNodeReplacement(new PassageCitationNode(data));
}

export function $isPassageCitationNode(node: LexicalNode | null | undefined): node is PassageCitationNode {
  return node instanceof PassageCitationNode;
}
