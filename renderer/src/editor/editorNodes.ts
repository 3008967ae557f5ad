import { RENDERER_NOTE_NODES } from './nodeViews';

/** The renderer's editor: the nodes headless export knows, with React views for ours (same types, same JSON). */
export const NOTE_EDITOR_NODES = [...RENDERER_NOTE_NODES];
