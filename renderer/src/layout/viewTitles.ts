import type { CentreView } from '../app/workspace';

/** The catalog key of what the middle pane's title bar says for each view. */
export const VIEW_TITLE_KEYS: Record<CentreView, `views.${string}`> = {
  reader: 'views.reader',
  passages: 'views.passages',
  events: 'views.events',
  timeline: 'views.timeline',
  entities: 'views.entities',
  review: 'views.review',
  backups: 'views.backups',
  settings: 'views.settings',
  note: 'views.note',
  trash: 'views.trash',
};
