/**
 * Colours of what the reader draws over the text. They are backgrounds under dark ink in both
 * themes (light and dark), so one set serves both; tests/unit/theme checks that each is readable
 * under the ink, visible on both page colours and distinct from every other one.
 */

/** The ink drawn on every highlight, whatever the theme. */
export const HIGHLIGHT_INK = '#1f2328';

/** A passage with no tag; search hits (all, and the current one); actor mentions. */
export const HIGHLIGHTS = {
  passage: '#ffe58a',
  search: '#ffa66b',
  searchCurrent: '#ffa040',
  mention: '#9fd6ff',
} as const;

/** Colours given to new tags in turn; none is close to a passage, a search hit or a mention. */
export const TAG_PALETTE = ['#a8e6a1', '#ffb3d1', '#cdb8ff', '#8ee6dc', '#d9c2a0', '#c8f07a', '#c4c4c4', '#e8e0ff'] as const;
