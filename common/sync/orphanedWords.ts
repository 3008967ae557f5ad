import * as Y from 'yjs';
import type { DeleteSet } from './remoteUpdate';

/**
 * Words typed into a paragraph someone else deleted without having seen them.
 *
 * Yjs deletes a deleted shared type's contents with it, whoever wrote them: when Ana deletes a
 * paragraph (or erases a selection of the whole note, which makes Lexical replace its paragraphs)
 * while Ben, apart, types into it, Ben's words are gone once they meet. Ana's deletion names what
 * she deleted: the update she sends lists the paragraph and every item of it she had. An item
 * deleted when an update is applied but not named by it was deleted only because its paragraph was
 * (Ana never saw it): those are the words to give back, as a paragraph of their own where the
 * deleted one was. Words Ana saw and deleted stay deleted.
 *
 * Only words the note held before the update are rescued (its deletion took them with it), never
 * words that arrive into a paragraph already deleted. That makes one party the rescuer: whoever held
 * the words when the deletion reached it first. Words that reached the server before Ana's deletion
 * did are rescued by the server (it sends the deletion on naming them, so no client rescues them
 * again); words the server had not yet received are rescued by the one who typed them, when the
 * deletion reaches them (the server received them into a deleted paragraph, and does not).
 */

/** Lexical's inline elements: words in a link belong to the paragraph around it. */
const INLINE_ELEMENTS = new Set(['link', 'autolink']);

export type RescuedPiece =
  | { kind: 'text'; text: string; format: number; style: string }
  | { kind: 'linebreak' }
  /** A chip (a citation, a quote): a decorator node's properties. */
  | { kind: 'chip'; properties: Record<string, unknown> };

/** What one element (a paragraph, a heading, a list item) held of the orphaned words, in order. */
export interface RescuedBlock {
  /** The note's top-level element it was in: the rescue goes right after it. */
  topLevel: Y.Item;
  pieces: RescuedPiece[];
}

/** A map entry's value, also when the entry is deleted (its content is kept until the transaction's GC). */
function entryValue(type: Y.AbstractType<any>, key: string): unknown {
  const item = type._map.get(key);
  if (!item) return undefined;
  const content = item.content.getContent();
  return content.length > 0 ? content[content.length - 1] : undefined;
}

function entries(type: Y.AbstractType<any>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const key of type._map.keys()) {
    const value = entryValue(type, key);
    if (value !== undefined) properties[key] = value;
  }
  return properties;
}

function isInline(type: Y.AbstractType<any>): boolean {
  return type instanceof Y.XmlText && INLINE_ELEMENTS.has(String(entryValue(type, '__type')));
}

/** The top-level element (an item of the note's root) `item` is inside, or null outside the note. */
function topLevelOf(item: Y.Item, root: Y.XmlText): Y.Item | null {
  let parent = item.parent as Y.AbstractType<any> | null;
  let current = item;
  while (parent && parent !== root) {
    if (!parent._item) return null;
    current = parent._item;
    parent = current.parent as Y.AbstractType<any> | null;
  }
  return parent === root && current !== item ? current : null;
}

/**
 * The format and style of the text node `item`'s characters belong to: the map before them. A map
 * deleted before this change no longer heads a node (its characters joined the node before it),
 * though it may still hold its values (an undo manager keeps what it may restore).
 */
function textFormatOf(item: Y.Item, deletedNow: ReadonlySet<Y.Item>): { format: number; style: string } {
  for (let left = item.left; left; left = left.left) {
    if (!(left.content instanceof Y.ContentType)) continue;
    if (left.deleted && !deletedNow.has(left)) continue;
    const type = left.content.type;
    if (!(type instanceof Y.Map) || entryValue(type, '__type') !== 'text') break;
    const format = entryValue(type, '__format');
    const style = entryValue(type, '__style');
    return { format: typeof format === 'number' ? format : 0, style: typeof style === 'string' ? style : '' };
  }
  return { format: 0, style: '' };
}

/**
 * The orphaned words of a transaction that applied a remote update: items the note held before it
 * that it deleted and that the update's own delete set (`named`) does not list, inside the note
 * whose root is `root`.
 * `mayRescue` narrows them further (on several server nodes, to what this node received first-hand).
 * Must run before the transaction's garbage collection (in `afterTransaction`), while the deleted
 * items still hold their content.
 */
export function orphanedWords(
  transaction: Y.Transaction,
  root: Y.XmlText,
  named: DeleteSet,
  mayRescue: (client: number, clock: number) => boolean = () => true,
): RescuedBlock[] {
  const heldBefore = (client: number, clock: number): boolean => clock < (transaction.beforeState.get(client) ?? 0);
  const orphaned = (client: number, clock: number): boolean =>
    heldBefore(client, clock) && !Y.isDeleted(named, { client, clock } as Y.ID) && mayRescue(client, clock);
  /** Orphaned characters of each text item (all of them, or the ones not named), chips and line breaks. */
  const kept = new Map<Y.Item, { text: string } | 'chip' | 'linebreak'>();
  const topLevels = new Set<Y.Item>();
  const deletedNow = new Set<Y.Item>();
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item)) return;
    deletedNow.add(struct);
    const { content } = struct;
    let keep: { text: string } | 'chip' | 'linebreak' | null = null;
    if (content instanceof Y.ContentString) {
      let text = '';
      for (let i = 0; i < struct.length; i++) if (orphaned(struct.id.client, struct.id.clock + i)) text += content.str[i];
      keep = text ? { text } : null;
    } else if (content instanceof Y.ContentType && orphaned(struct.id.client, struct.id.clock)) {
      if (content.type instanceof Y.XmlElement) keep = 'chip';
      else if (content.type instanceof Y.Map && entryValue(content.type, '__type') === 'linebreak') keep = 'linebreak';
    }
    if (keep === null) return;
    const topLevel = topLevelOf(struct, root);
    if (!topLevel) return;
    kept.set(struct, keep);
    topLevels.add(topLevel);
  });
  if (kept.size === 0) return [];

  const blocks: RescuedBlock[] = [];
  // In the note's order: top-level elements as the root lists them, their insides depth first.
  for (let top = root._start; top; top = top.right) {
    if (!topLevels.has(top) || !(top.content instanceof Y.ContentType)) continue;
    const byElement = new Map<Y.AbstractType<any>, RescuedBlock>();
    /** Elements where words not given back stand between the last words given back and the next. */
    const gapIn = new Set<Y.AbstractType<any>>();
    const visit = (type: Y.AbstractType<any>, element: Y.AbstractType<any>): void => {
      for (let item = type._start; item; item = item.right) {
        const keep = kept.get(item);
        if (keep !== undefined) {
          let block = byElement.get(element);
          if (!block) byElement.set(element, (block = { topLevel: top, pieces: [] }));
          if (keep === 'chip') block.pieces.push({ kind: 'chip', properties: entries((item.content as Y.ContentType).type) });
          else if (keep === 'linebreak') block.pieces.push({ kind: 'linebreak' });
          else {
            // Words typed at two places of the paragraph do not run into each other.
            const last = block.pieces[block.pieces.length - 1];
            const apart = gapIn.has(element) && last?.kind === 'text' && !/\s$/.test(last.text) && !/^\s/.test(keep.text);
            block.pieces.push({ kind: 'text', text: apart ? ` ${keep.text}` : keep.text, ...textFormatOf(item, deletedNow) });
          }
          gapIn.delete(element);
        } else if (item.content instanceof Y.ContentString && (!item.deleted || deletedNow.has(item)) && byElement.has(element)) {
          // Words shown before this change (not letters erased earlier) that are not given back.
          gapIn.add(element);
        } else if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText) {
          const inner = item.content.type;
          visit(inner, isInline(inner) ? element : inner);
        }
      }
    };
    visit(top.content.type, top.content.type);
    blocks.push(...byElement.values());
  }
  return blocks.map((block) => ({ ...block, pieces: joinText(block.pieces) }));
}

/** Neighbouring words of one format become one text node. */
function joinText(pieces: RescuedPiece[]): RescuedPiece[] {
  const joined: RescuedPiece[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (piece.kind === 'text' && last?.kind === 'text' && last.format === piece.format && last.style === piece.style) {
      joined[joined.length - 1] = { ...last, text: last.text + piece.text };
    } else joined.push(piece);
  }
  return joined;
}

/** The index in `root` right after `topLevel` (before it, when deleted: it takes no room). */
function indexAfter(root: Y.XmlText, topLevel: Y.Item): number {
  let index = 0;
  for (let item = root._start; item; item = item.right) {
    if (!item.deleted && item.countable) index += item.length;
    if (item === topLevel) break;
  }
  return index;
}

/**
 * Writes each rescued block as a paragraph of the note, right after the top-level element its
 * words were in, the way `@lexical/yjs` writes one: a `Y.XmlText` whose text nodes are a `Y.Map` of
 * their format followed by their characters, and whose chips are `Y.XmlElement`s of their properties.
 * Runs in the caller's transaction, or in one of its own.
 */
export function writeRescuedWords(root: Y.XmlText, blocks: readonly RescuedBlock[], origin?: unknown): void {
  if (blocks.length === 0 || !root.doc) return;
  Y.transact(root.doc, () => {
    // Yjs caches index positions in a text; one made before this write may describe an older text.
    (root as unknown as { _searchMarker: unknown[] | null })._searchMarker?.splice(0);
    let at = -1;
    for (const block of blocks) {
      // In the note's order. Each after the one before: an insert at an index goes past the deleted
      // paragraphs there, so a second deleted paragraph's index would fall before the first rescue.
      at = Math.max(indexAfter(root, block.topLevel), at + 1);
      const paragraph = new Y.XmlText();
      root.insertEmbed(at, paragraph);
      paragraph.setAttribute('__type', 'paragraph');
      for (const piece of block.pieces) {
        if (piece.kind === 'linebreak') {
          const lineBreak = new Y.Map<unknown>();
          paragraph.insertEmbed(paragraph.length, lineBreak);
          lineBreak.set('__type', 'linebreak');
          continue;
        }
        if (piece.kind === 'chip') {
          const chip = new Y.XmlElement();
          paragraph.insertEmbed(paragraph.length, chip);
          for (const [key, value] of Object.entries(piece.properties)) chip.setAttribute(key, value as string);
          continue;
        }
        const textNode = new Y.Map<unknown>();
        paragraph.insertEmbed(paragraph.length, textNode);
        for (const [key, value] of Object.entries({ __type: 'text', __format: piece.format, __style: piece.style, __mode: 0, __detail: 0 })) textNode.set(key, value);
        paragraph.insert(paragraph.length, piece.text);
      }
    }
  }, origin);
}
