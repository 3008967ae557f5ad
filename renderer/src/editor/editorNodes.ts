import { NOTE_NODES } from '@common/editor/nodes';

/** The renderer's editor holds exactly the nodes headless export knows (views come through the theme). */
export const NOTE_EDITOR_NODES = NOTE_NODES;
