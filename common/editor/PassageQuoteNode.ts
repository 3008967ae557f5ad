import { $create, type LexicalNode, type LexicalParseJSON, type NodeKey, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { DataDecoratorNode, asString } from './DataDecoratorNode';

/** What a quote block keeps: the passage it quotes and a copy of its text, so the note reads on its own. */
export interface PassageQuoteData {
  readonly passageId: string;
  readonly sourceId: string;
  /** The source's title, named on the quote's chip. */
  readonly sourceLabel: string;
  readonly exact: string;
  /** The passage was deleted: the quote text stays, marked as detached. */
  readonly detached: boolean;
}

export type SerializedPassageQuoteNode = Spread<PassageQuoteData, SerializedLexicalNode>;

const EMPTY: PassageQuoteData = { passageId: '', sourceId: '', sourceLabel: '', exact: '', detached: false };

/**
 * A block quote of a passage. A decorator, so its text cannot be edited by typing, only replaced by
 * quoting again.
 */
export class PassageQuoteNode extends DataDecoratorNode<PassageQuoteData> {
  protected readonly tagName = 'div';

  static override getType(): string {
    return 'passage-quote';
  }

  static override clone(node: PassageQuoteNode): PassageQuoteNode {
    return new PassageQuoteNode(node.__data, node.__key);
  }

  constructor(data: PassageQuoteData = EMPTY, key?: NodeKey) {
    super(data, key);
  }

  static override importJSON(json: SerializedPartial<SerializedPassageQuoteNode> & Record<string, unknown>): PassageQuoteNode {
    return $create(PassageQuoteNode).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalParseJSON<SerializedPassageQuoteNode>): this {
    return super.updateFromJSON(json).setData({
      passageId: asString(json.passageId),
      sourceId: asString(json.sourceId),
      sourceLabel: asString(json.sourceLabel),
      exact: asString(json.exact),
      detached: json.detached === true,
    });
  }

  override exportJSON(): SerializedPassageQuoteNode {
    return { ...super.exportJSON(), ...this.getData(), type: PassageQuoteNode.getType(), version: 1 };
  }

  setDetached(detached: boolean): this {
    return this.setData({ detached });
  }

  override isInline(): false {
    return false;
  }

  /** The quote's own words: what copying, search and plain-text export see. */
  override getTextContent(): string {
    return this.getData().exact;
  }
}

export function $createPassageQuoteNode(data: PassageQuoteData): PassageQuoteNode {
  return $create(PassageQuoteNode).setData(data);
}

export function $isPassageQuoteNode(node: LexicalNode | null | undefined): node is PassageQuoteNode {
  return node instanceof PassageQuoteNode;
}
