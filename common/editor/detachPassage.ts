/**
 * Marks (or unmarks) every quote and citation of a passage in a note's serialized state as detached,
 * without an editor: the note keeps the quote text, and its readers see the passage is gone.
 * Returns the content unchanged (same string) when the note does not cite the passage.
 */
export function setPassageDetachedInContent(content: string, passageId: string, detached: boolean): string {
  if (content === '' || !content.includes(passageId)) return content;
  const state = JSON.parse(content) as { root: unknown };
  let changed = false;
  const visit = (node: Record<string, unknown>) => {
    if ((node['type'] === 'passage-quote' || node['type'] === 'passage-citation') && node['passageId'] === passageId && node['detached'] !== detached) {
      node['detached'] = detached;
      changed = true;
    }
    const children = node['children'];
    if (Array.isArray(children)) for (const child of children) visit(child as Record<string, unknown>);
  };
  visit(state.root as Record<string, unknown>);
  return changed ? JSON.stringify(state) : content;
}
