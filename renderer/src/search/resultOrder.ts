import type { DocKind, SearchResult } from '@common/search/searchIndex';

export const KIND_LABELS: Readonly<Record<DocKind, string>> = { source: 'Sources', passage: 'Passages', note: 'Notes', event: 'Events', entity: 'Actors' };

export interface ResultGroup {
  readonly kind: DocKind;
  readonly label: string;
  readonly results: readonly SearchResult[];
}

/**
 * Results grouped by kind, the groups in the order of their best result: what is shown first is the
 * best match, so Enter (which opens the first one shown) opens the best one.
 */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const groups = new Map<DocKind, SearchResult[]>();
  for (const r of results) {
    const list = groups.get(r.kind) ?? [];
    list.push(r);
    groups.set(r.kind, list);
  }
  return [...groups].map(([kind, list]) => ({ kind, label: KIND_LABELS[kind], results: list }));
}
