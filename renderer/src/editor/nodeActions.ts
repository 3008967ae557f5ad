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
  /** How the source is cited now (see citeLabel); undefined falls back to the label saved in the node. */
  sourceLabel(sourceId: string): string | undefined;
}

/** Outside a provider (tests, previews) clicks do nothing and every passage is taken as present. */
export const NodeActionsContext = createContext<NodeActions>({
  openPassage: () => undefined,
  openEvent: () => undefined,
  passageState: () => 'ok',
  sourceLabel: () => undefined,
});
