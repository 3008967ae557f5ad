import type { CentreView } from '../app/workspace';

/** What the middle pane's title bar says for each view. */
export const VIEW_TITLES: Record<CentreView, string> = {
  reader: 'Reader',
  passages: 'All passages',
  events: 'Events',
  timeline: 'Timeline',
  entities: 'Actors',
  review: 'Needs review',
  backups: 'Backups',
  settings: 'Settings',
  note: 'Note',
  trash: 'Trash',
};
