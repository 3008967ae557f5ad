import { $applyNodeReplacement, type LexicalNode, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { DataDecoratorNode } from './DataDecoratorNode';

/** What a quote block keeps: the passage it quotes and a copy of its text, so the note reads on its own. */
export interface PassageQuoteData {
  readonly passageId: string;
  readonly sourceId: string;
  readonly sourceLabel: string;
  readonly exact: string;
  /** The passage was deleted: the quote text stays, marked as detached. */
  readonly detached: boolean;
}

export type SerializedPassageQuoteNode = Spread<PassageQuoteData, SerializedLexicalNode>;

/**
 * A block quote of a passage. A decorator, so its text cannot be edited by typing, only replaced by
 * quoting again; the renderer draws it through its node view.
 */
export class PassageQuoteNode extends DataDecoratorNode<PassageQuoteData> {
  protected readonly tagName = 'div';

  static override getType(): string {
    return 'passage-quote';
  }

  static override clone(node: PassageQuoteNode): PassageQuoteNode {
    return new PassageQuoteNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedPassageQuoteNode> & Record<string, unknown>): PassageQuoteNode {
    return $createPassageQuoteNode({
      passageId: String(json.passageId),
      sourceId: String(json.sourceId),
      sourceLabel: String(json.sourceLabel ?? ''),
      exact: String(json.exact ?? ''),
      detached: json.detached === true,
    });
  }

  override exportJSON(): SerializedPassageQuoteNode {
    return { ...super.exportJSON(), ...this.getData(), type: PassageQuoteNode.getType(), version: 1 };
  }

  setDetached(detached: boolean): this {
    return this.withData({ detached });
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.getData().exact;
  }
}

export function $createPassageQuoteNode(data: PassageQuoteData): PassageQuoteNode {
  return $applyNodeReplacement(new PassageQuoteNode(data));
}

export function $isPassageQuoteNode(node: LexicalNode | null | undefined): node is PassageQuoteNode {
  return node instanceof PassageQuoteNode;
}
