/** Passage anchoring: pure functions used wherever passages are made or found again. */
export type { AnchorMethod, AnchorResult, PassageQuery, PassageSelector } from './types';
export { describePassage, CONTEXT_LENGTH } from './describePassage';
export { anchorPassage, anchorExactly, anchorApproximately, APPROXIMATE_WINDOW, MIN_ANCHOR_SCORE } from './anchorPassage';
export { reanchorPassage, type ReanchorResult, type ReanchorStatus } from './reanchorPassage';
export { reanchorPassages } from './reanchorPassages';
export { snapSelection } from './snapSelection';
export { toCodePointRange, fromCodePointRange } from './codePointRange';
