/** The keys that move through a list: the ones a listbox answers on every platform. */
export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const LIST_KEYS: ReadonlySet<string> = new Set<ListKey>(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

export function isListKey(key: string): key is ListKey {
  return LIST_KEYS.has(key);
}

/**
 * The row a key leads to in a list of `count` rows, from `current` (-1 when no row is active yet:
 * the first key then lands on the first row, or the last for End / Up). `page` is how many rows one
 * screen shows, so PageDown moves by what the user sees. The result is always a row of the list, or -1
 * for an empty list: a virtualized list can jump anywhere without the row being in the page yet.
 */
export function nextListIndex(key: ListKey, current: number, count: number, page: number): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const step = Math.max(1, Math.floor(page));
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  if (current < 0 || current > last) return key === 'End' ? last : 0;
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(current + step);
    case 'PageUp':
      return clamp(current - step);
  }
}
