/** What a note cites, read straight from its serialized Lexical state (no editor needed). */
export interface NoteLink {
  readonly kind: 'passage' | 'event';
  readonly targetId: string;
}

interface SerializedNodeLike {
  type?: unknown;
  passageId?: unknown;
  eventId?: unknown;
  children?: unknown;
}

const PASSAGE_TYPES = new Set(['passage-quote', 'passage-citation']);

/** Every distinct passage and event a note's content cites, in document order. */
export function collectNoteLinks(content: string | { root: unknown }): NoteLink[] {
  const state = typeof content === 'string' ? (content === '' ? null : (JSON.parse(content) as { root: unknown })) : content;
  const links: NoteLink[] = [];
  const seen = new Set<string>();
  const visit = (node: SerializedNodeLike) => {
    if (PASSAGE_TYPES.has(node.type as string) && typeof node.passageId === 'string' && !seen.has(node.passageId)) {
      seen.add(node.passageId);
      links.push({ kind: 'passage', targetId: node.passageId });
    }
    if (node.type === 'event-citation' && typeof node.eventId === 'string' && !seen.has(node.eventId)) {
      seen.add(node.eventId);
      links.push({ kind: 'event', targetId: node.eventId });
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as SerializedNodeLike);
  };
  if (state?.root) visit(state.root as SerializedNodeLike);
  return links;
}
