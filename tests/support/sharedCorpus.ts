import { describe, it } from 'vitest';
import { HAS_STEINHEIL, STEINHEIL_DIR, steinheilFiles } from './paths';

/** `it` and `describe` for tests that read the Steinheil texts: skipped where ../shared is absent. */
export const itWithSteinheil = (HAS_STEINHEIL ? it : it.skip) as typeof it;
export const describeWithSteinheil = (HAS_STEINHEIL ? describe : describe.skip) as typeof describe;

/** Rows for `itWithSteinheil.each`: the files, or one row naming the missing folder so the skip shows why. */
export function steinheilRows(): string[] {
  return HAS_STEINHEIL ? steinheilFiles() : [`${STEINHEIL_DIR} (absent)`];
}
