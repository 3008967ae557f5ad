import { describePassage, reanchorPassage, reanchorPassages, type PassageSelector, type ReanchorStatus } from '../anchor';

/** A passage as this needs it: its id, and its selector on the version it points into. */
export interface PassageOnVersion {
  readonly id: string;
  readonly versionHash: string;
  readonly selector: PassageSelector;
}

export interface VersionText {
  readonly hash: string;
  readonly text: string;
}

/** What one change of text did to a passage that was in the older text. */
export interface PassageChange {
  readonly id: string;
  readonly status: Exclude<ReanchorStatus, 'exact'>;
  /** The passage's text in the older version. */
  readonly exact: string;
  /** Anchoring score in the newer version (0 for an orphan). */
  readonly score: number;
}

/** The passage's selector on `version`, found exactly there, or null when it is not in that text. */
function selectorOn(passage: PassageOnVersion, version: VersionText): PassageSelector | null {
  if (passage.versionHash === version.hash) return passage.selector;
  let found = reanchorPassage(version.text, passage.selector);
  // The same words in another context are no re-anchoring, but here the exact text is what counts.
  if (found.status !== 'exact' && found.status !== 'moved') found = reanchorPassage(version.text, { ...passage.selector, prefix: '', suffix: '' });
  if ((found.status !== 'exact' && found.status !== 'moved') || found.start === undefined || found.end === undefined) return null;
  return describePassage(version.text, found.start, found.end);
}

/**
 * The passages a change from `older` to `newer` moves, makes fuzzy or orphans, judged exactly as
 * import re-anchors them. Works for any two versions, in either order: a passage counts when its
 * exact text is in the older version; passages untouched by the change (still at their place) are left out.
 */
export function passageChanges(older: VersionText, newer: VersionText, passages: readonly PassageOnVersion[]): PassageChange[] {
  const inOlder = passages.flatMap((passage) => {
    const before = selectorOn(passage, older);
    return before ? [{ id: passage.id, before }] : [];
  });
  // All together, as import re-anchors them (and as fast).
  const results = reanchorPassages(
    newer.text,
    inOlder.map((p) => p.before),
  );
  const changes: PassageChange[] = [];
  inOlder.forEach(({ id, before }, i) => {
    const result = results[i]!;
    if (result.status !== 'exact') changes.push({ id, status: result.status, exact: before.exact, score: result.score });
  });
  return changes;
}
