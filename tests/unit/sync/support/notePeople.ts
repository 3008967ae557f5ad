import * as Y from 'yjs';
import { createBinding, createUndoManager, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, SKIP_COLLAB_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import { applyRepaired } from '@common/sync/repairOnReceipt';
import { deletionsNamedBy } from '@common/sync/remoteUpdate';
import { headlessEditor } from '../../export/fixtures';

/**
 * Two people's note editors bound to two copies of one note's Y.Doc the way Lexical's
 * CollaborationPlugin binds them (the same @lexical/yjs calls, without React and the DOM), with the
 * updates carried by hand so a test decides when the two are "online".
 */

/** The part of a provider the binding touches when there is no DOM: awareness for cursors. */
export function quietProvider(): Provider {
  const states = new Map();
  const awareness = {
    getLocalState: () => null,
    getStates: () => states,
    on: () => undefined,
    off: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  };
  return { awareness, connect: () => undefined, disconnect: () => undefined, on: () => undefined, off: () => undefined } as unknown as Provider;
}

export interface Person {
  editor: LexicalEditor;
  doc: Y.Doc;
  /** The person's collaborative undo, as the CollaborationPlugin makes it (their own changes only). */
  undo: Y.UndoManager;
}

export function person(clientID?: number): Person {
  const editor = headlessEditor();
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  const provider = quietProvider();
  const binding = createBinding(editor, provider, 'note-1', doc, new Map([['note-1', doc]]));
  const undo = createUndoManager(binding, binding.root.getSharedType());
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as never, transaction.origin instanceof Y.UndoManager, () => undefined);
  });
  editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    if (!tags.has(SKIP_COLLAB_TAG)) syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  return { editor, doc, undo };
}

/**
 * Both documents get what the other has (a reconnection), then both editors commit, until neither
 * has anything new for the other (a repair made on receipt travels back, as the provider sends it).
 * Each update is applied as the app's provider applies it: merged and repaired in one transaction.
 */
export async function meet(a: Person, b: Person, repair = true): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
    const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc));
    receive(b, toB, repair);
    receive(a, toA, repair);
    await settle(a, b);
    if (Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(b.doc).toString()) return;
  }
}

export function receive(p: Person, update: Uint8Array, repair: boolean): void {
  // The repair this returns is in the document, which the next round of meet() carries.
  if (repair) applyRepaired(p.doc, 'server', () => Y.applyUpdate(p.doc, update, 'server'), deletionsNamedBy(update));
  else Y.applyUpdate(p.doc, update, 'server');
}

/** Lets each editor commit its pending update (Lexical commits in a microtask). */
export async function settle(...people: Person[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.resolve();
    for (const p of people) p.editor.update(() => undefined, { discrete: true });
  }
}

export function write(p: Person, fn: () => void): Promise<void> {
  p.editor.update(fn, { discrete: true });
  return settle(p);
}

export function json(p: Person): string {
  return JSON.stringify(p.editor.getEditorState().toJSON());
}

export function nodes(p: Person): LexicalNode[] {
  return p.editor.getEditorState().read(() => {
    const all: LexicalNode[] = [];
    const walk = (n: LexicalNode) => {
      all.push(n);
      if ($isElementNode(n)) n.getChildren().forEach(walk);
    };
    walk($getRoot());
    return all;
  });
}

export function text(p: Person): string {
  return p.editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Both orders of the two people's Yjs client ids: concurrent inserts at one spot are ordered by them. */
export const BOTH_ORDERS = [
  [1, 2],
  [2, 1],
] as const;

/** Ana and Ben (with these client ids) who both have one paragraph holding `start`. */
export async function twoWith(start: string, a: number, b: number): Promise<[Person, Person]> {
  const ana = person(a);
  const ben = person(b);
  await write(ana, () => $getRoot().clear().append($createParagraphNode().append($createTextNode(start))));
  await meet(ana, ben);
  return [ana, ben];
}

/** What an editor bound afresh to a copy of `p`'s document holds: the binding and the document agree. */
export function fromDocument(p: Person): string {
  const fresh = person();
  Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(p.doc));
  fresh.editor.update(() => undefined, { discrete: true });
  return json(fresh);
}

