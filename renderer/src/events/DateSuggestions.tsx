import type { EventView } from './useEvents';

/**
 * Date suggestions read from the evidence's text, each saying what it rests on; nothing is dated
 * until the user picks one.
 */
export function DateSuggestions(_props: { view: EventView; onPick: (iso: string) => void }) {
  return null;
}
