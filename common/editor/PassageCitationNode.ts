import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode, type SerializedPartial, type Spread } from 'lexical';
import { createElement } from './createElement';
import { decorateWithView } from './decorators';

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
export class PassageCitationNode extends DecoratorNode<unknown> {
  __data: PassageCitationData;

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

  constructor(data: PassageCitationData, key?: NodeKey) {
    super(key);
    this.__data = { ...data };
  }

  override exportJSON(): SerializedPassageCitationNode {
    return { ...super.exportJSON(), ...this.getLatest().__data, type: PassageCitationNode.getType(), version: 1 };
  }

  getData(): PassageCitationData {
    return this.getLatest().__data;
  }

  setDetached(detached: boolean): this {
    const writable = this.getWritable();
    writable.__data = { ...writable.__data, detached };
    return writable;
  }

  override createDOM(): ReturnType<DecoratorNode<unknown>['createDOM']> {
    return createElement('span', 'passage-citation-inline');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return `[${this.getLatest().__data.label}]`;
  }

  override decorate(_editor: unknown, config: EditorConfig): unknown {
    return decorateWithView(this, config);
  }
}

export function $createPassageCitationNode(data: PassageCitationData): PassageCitationNode {
  return $applyNodeReplacement(new PassageCitationNode(data));
}

export function $isPassageCitationNode(node: LexicalNode | null | undefined): node is PassageCitationNode {
  return node instanceof PassageCitationNode;
}
