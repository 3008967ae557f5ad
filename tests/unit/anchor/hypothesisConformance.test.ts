import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorPassage, describePassage, MIN_ANCHOR_SCORE, type AnchorResult } from '@common/anchor';
import { SHARED_DIR } from '../../support/paths';

/**
 * The public text-quote anchoring cases of Hypothesis, Apache Annotator and dom-anchor-text-quote
 * (../shared/conformance/hypothesis-anchoring, offsets in JavaScript string indices, as ours).
 */
const CASES_PATH = resolve(SHARED_DIR, 'conformance/hypothesis-anchoring/cases.json');

type Expectation =
  | { kind: 'match'; start: number; end: number; score?: number; scoreBelow1?: boolean; startOnly?: boolean }
  | { kind: 'null' }
  | { kind: 'oneOf'; ranges: Array<[number, number]> }
  | { kind: 'ranking'; variants: Array<{ quote: string; prefix?: string; suffix?: string }> }
  | { kind: 'describe'; start: number; end: number; prefix: string; suffix: string; roundTrip?: boolean };

interface ConformanceCase {
  id: string;
  text?: string;
  textRef?: string;
  quote?: string;
  prefix?: string;
  suffix?: string;
  hint?: number;
  expect: Expectation;
}

interface CaseFile {
  texts: Record<string, string>;
  cases: ConformanceCase[];
}

/** Read inside each test, never at import, so a checkout without ../shared still collects. */
function loadCases(): CaseFile | null {
  return existsSync(CASES_PATH) ? (JSON.parse(readFileSync(CASES_PATH, 'utf8')) as CaseFile) : null;
}
const ABSENT = `conformance cases not found at ${CASES_PATH} (../shared is absent): skipped`;

/**
 * Where Verbatim deliberately does something else than the peer, by case id. Verbatim never
 * accepts an uncertain match silently: what scores below MIN_ANCHOR_SCORE is refused (the passage
 * becomes an orphan for review), an empty quote is refused, and an exact or near quote that its
 * peer refuses for a small disagreement is offered as `fuzzy`, for the user to review.
 */
type Difference = 'refused: below the minimum score' | 'refused: empty quote' | 'offered for review as fuzzy';
const DIFFERENCES: Record<string, { difference: Difference; why: string }> = {
  'hyp/match-quote: finds best approximate match if there is no exact match': {
    difference: 'refused: below the minimum score',
    why: '« some years later » for « Many years later »: 4 edits in 16 characters and nothing else known, 0.75',
  },
  'hyp/match-quote: matches when prefix length is greater than the match start offset': {
    difference: 'refused: below the minimum score',
    why: 'the stated prefix « It used to be many » is not in the text, which starts with « Many »',
  },
  'hyp/match-quote: matches when match ends at end of text and there is a non-empty suffix': {
    difference: 'refused: below the minimum score',
    why: 'the only stated context (a suffix) is not there: the text ends',
  },
  'dat: finds a close exact quote': {
    difference: 'refused: below the minimum score',
    why: '« commodo cites » alone for « commodo vitae »: 3 edits in 13 characters, 0.77 (with its context it is found)',
  },
  'dat: succeeds with the best match even if the context fails': {
    difference: 'refused: below the minimum score',
    why: 'both sides of the stated context disagree entirely',
  },
  'apache/match: with prefix, no matches': {
    difference: 'offered for review as fuzzy',
    why: 'the exact quote with a prefix two characters off (« oopsum » for « ipsum »); Apache matches context exactly',
  },
  'apache/match: with suffix, no matches': {
    difference: 'offered for review as fuzzy',
    why: 'the exact quote with a suffix one character off (« amot » for « amet »); Apache matches context exactly',
  },
  'dat: returns null when a long quote is not found (0)': {
    difference: 'offered for review as fuzzy',
    why: 'a quote alone whose last word differs: 9 edits in 48 characters (0.81) is close enough to show for review',
  },
};
const isEmptyQuote = (c: ConformanceCase) => c.quote === '';

function anchorCase(text: string, quote: string, prefix = '', suffix = '', hint?: number): AnchorResult | null {
  return anchorPassage(text, { exact: quote, prefix, suffix, start: hint ?? 'unknown', end: hint === undefined ? 'unknown' : hint + quote.length });
}

/** Does Verbatim do what the peer's test expects? */
function passes(file: CaseFile, c: ConformanceCase): boolean {
  const text = c.text ?? file.texts[c.textRef ?? '']!;
  const e = c.expect;
  switch (e.kind) {
    case 'describe': {
      const selector = describePassage(text, e.start, e.end);
      const back = e.roundTrip ? anchorPassage(text, selector) : null;
      return selector.prefix === e.prefix && selector.suffix === e.suffix && (!e.roundTrip || (back?.start === e.start && back.end === e.end));
    }
    case 'ranking': {
      // Scores fall from the first variant to the last; a refused variant may only follow the accepted ones.
      const scores = e.variants.map((v) => anchorCase(text, v.quote, v.prefix, v.suffix)?.score ?? null);
      return scores[0] !== null && scores.every((s, i) => i === 0 || s === null || (scores[i - 1] !== null && scores[i - 1]! > s));
    }
    case 'null':
      return anchorCase(text, c.quote!, c.prefix, c.suffix, c.hint) === null;
    case 'oneOf': {
      const found = anchorCase(text, c.quote!, c.prefix, c.suffix, c.hint);
      return found !== null && e.ranges.some(([s, end]) => s === found.start && end === found.end);
    }
    case 'match': {
      const found = anchorCase(text, c.quote!, c.prefix, c.suffix, c.hint);
      if (!found || found.start !== e.start || (!e.startOnly && found.end !== e.end)) return false;
      return (e.score === undefined || found.score === e.score) && (!e.scoreBelow1 || found.score < 1);
    }
  }
}

/** Does Verbatim do what its named difference says? */
function differsAsNamed(file: CaseFile, c: ConformanceCase, difference: Difference): boolean {
  const text = c.text ?? file.texts[c.textRef ?? '']!;
  const found = anchorCase(text, c.quote ?? '', c.prefix, c.suffix, c.hint);
  if (difference === 'offered for review as fuzzy') return found?.method === 'fuzzy' && found.score >= MIN_ANCHOR_SCORE && found.score < 1;
  if (difference === 'refused: empty quote') return c.quote === '' && found === null;
  return found === null;
}

describe('public anchoring cases (Hypothesis, Apache Annotator, dom-anchor-text-quote)', () => {
  it('has the 131 cases it was written for', (ctx) => {
    const file = loadCases();
    if (!file) return ctx.skip(ABSENT);
    expect(file.cases).toHaveLength(131);
    const ids = new Set(file.cases.map((c) => c.id));
    for (const id of Object.keys(DIFFERENCES)) expect(ids, `named difference ${id}`).toContain(id);
  });

  it('passes every case that is not a named difference', (ctx) => {
    const file = loadCases();
    if (!file) return ctx.skip(ABSENT);
    const failing = file.cases.filter((c) => !DIFFERENCES[c.id] && !isEmptyQuote(c) && !passes(file, c)).map((c) => c.id);
    expect(failing).toEqual([]);
  });

  it('differs from its peer exactly as named, and only there', (ctx) => {
    const file = loadCases();
    if (!file) return ctx.skip(ABSENT);
    for (const c of file.cases) {
      const named = DIFFERENCES[c.id]?.difference ?? (isEmptyQuote(c) ? 'refused: empty quote' : null);
      if (!named) continue;
      // An empty quote the peer also refuses is no difference; every other named one must really differ.
      if (!(isEmptyQuote(c) && c.expect.kind === 'null')) expect(passes(file, c), `${c.id} still differs`).toBe(false);
      expect(differsAsNamed(file, c, named), `${c.id}: ${named}`).toBe(true);
    }
  });
});
