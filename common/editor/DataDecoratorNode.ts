import { DecoratorNode, type EditorConfig, type NodeKey } from 'lexical';
import { createElement } from './createElement';
import { decorateWithView } from './decorators';

/**
 * What our three note nodes share: immutable data read through getLatest() and replaced through
 * getWritable(), an element Lexical never updates in place, and a view supplied by the renderer.
 * Each subclass keeps its own static getType/clone/importJSON, as Lexical requires.
 */
export abstract class DataDecoratorNode<T extends object> extends DecoratorNode<unknown> {
  __data: T;

  constructor(data: T, key?: NodeKey) {
    super(key);
    this.__data = { ...data };
  }

  getData(): T {
    return this.getLatest().__data;
  }

  protected withData(changes: Partial<T>): this {
    const writable = this.getWritable();
    writable.__data = { ...writable.__data, ...changes };
    return writable;
  }

  protected abstract readonly tagName: 'div' | 'span';

  override createDOM(): ReturnType<DecoratorNode<unknown>['createDOM']> {
    return createElement(this.tagName, `${this.getType()}-node`);
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(_editor: unknown, config: EditorConfig): unknown {
    return decorateWithView(this, config);
  }
}
