import { NOTE_NODES } from '@common/editor/nodes';

/**
 * The renderer's editor holds the very nodes headless export knows (same types, same JSON); their
 * chips are drawn by ChipViewsPlugin, not by React views.
 */
export const NOTE_EDITOR_NODES = [...NOTE_NODES];
