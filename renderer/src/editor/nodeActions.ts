import { createContext } from 'react';

/** Where a cited passage stands: still in its source, lost by re-anchoring (to review), or deleted. */
export type PassageState = 'ok' | 'orphaned' | 'missing';

/**
 * What the note's node views may ask of the app. The views only draw; the app decides what opening a
 * passage or an event means. Provide a new value when passage states change, so the views redraw.
 */
export interface NodeActions {
  openPassage(passageId: string): void;
  openEvent(eventId: string): void;
  passageState(passageId: string): PassageState;
}

/** Outside a provider (tests, previews) clicks do nothing and every passage is taken as present. */
export const NodeActionsContext = createContext<NodeActions>({
  openPassage: () => undefined,
  openEvent: () => undefined,
  passageState: () => 'ok',
});
