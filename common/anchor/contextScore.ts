import { reversed, tailDistance } from './editDistance';

/** 0..1, or 'unknown' when there is nothing to compare (no context stored, no position). */
export type PartScore = number | 'unknown';

/**
 * Only the context nearest the quote is compared: what describePassage stores, and what keeps
 * an imported annotation with a very long prefix from costing a quadratic comparison.
 */
const COMPARED_CONTEXT = 64;

/** How well the text just before `start` agrees with the stored prefix; it must reach `start`. */
export function prefixScore(text: string, start: number, prefix: string): PartScore {
  if (prefix === '') return 'unknown';
  const p = prefix.slice(-COMPARED_CONTEXT);
  const window = text.slice(Math.max(0, start - 2 * p.length), start);
  return 1 - tailDistance(p, window) / p.length;
}

/** How well the text just after `end` agrees with the stored suffix; it must start at `end`. */
export function suffixScore(text: string, end: number, suffix: string): PartScore {
  if (suffix === '') return 'unknown';
  const s = suffix.slice(0, COMPARED_CONTEXT);
  const window = text.slice(end, end + 2 * s.length);
  return 1 - tailDistance(reversed(s), reversed(window)) / s.length;
}

/** For each side whose context is stored: is the text there exactly that context? */
export interface SidesAgreement {
  readonly prefix: boolean | 'unknown';
  readonly suffix: boolean | 'unknown';
}

export function sidesAgreement(text: string, start: number, end: number, prefix: string, suffix: string): SidesAgreement {
  return {
    prefix: prefix === '' ? 'unknown' : start >= prefix.length && text.slice(start - prefix.length, start) === prefix,
    suffix: suffix === '' ? 'unknown' : text.slice(end, end + suffix.length) === suffix,
  };
}

/** 1 at the old position, falling to 0 at the far end of the text. */
export function positionScore(text: string, start: number, oldStart: number | 'unknown'): PartScore {
  if (oldStart === 'unknown') return 'unknown';
  return text.length === 0 ? 0 : 1 - Math.min(1, Math.abs(start - oldStart) / text.length);
}
