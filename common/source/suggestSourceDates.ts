import { parsePartialDate, type PartialDate } from '../dates/partialDate';

/**
 * When a source was published, read from its text and its file name. Each suggestion says what it
 * rests on; none is applied without the user's choice (the reader offers them beside the date field).
 *
 * Read: a `date YYYY-MM[-DD]` marker on the first line; a dateline (« Pyongyang, 13 septembre 2023 »,
 * « JAKARTA - », which gives a place and no date); a full date in the first lines (« 1er novembre
 * 2024 », « June 1, 1908 », « 2024-11-02 », « 02/11/2024 », « novembre 2024 »); a date in the file name
 * (`figaro_june_1_1908`, `humanite_novembre_27_1908`, `2024-11-02`, `2024_11`). French and English
 * month names. Not read: dates without a year (« samedi (2/11) »), which need the source's date.
 */
export type SourceDateBasis = 'marker' | 'dateline' | 'first-lines' | 'file-name';

export interface SourceDateSuggestion {
  readonly date: PartialDate;
  readonly basis: SourceDateBasis;
  /** The words (or the part of the file name) it was read from. */
  readonly expression: string;
  readonly rationale: string;
}

export interface Dateline {
  /** The place as written: « JAKARTA », « Pyongyang ». */
  readonly place: string;
  readonly date: PartialDate | null;
  readonly expression: string;
}

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['janvier', 'january', 'jan'],
  ['fevrier', 'february', 'feb', 'fevr', 'fev'],
  ['mars', 'march', 'mar'],
  ['avril', 'april', 'apr', 'avr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'july', 'jul', 'juil'],
  ['aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];
const MONTH_WORD = '(\\p{L}{3,9})\\.?';
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
/** 1-based month of a French or English month name (accents and case ignored), or null. */
function monthOf(word: string): number | null {
  const folded = fold(word);
  const index = MONTHS.findIndex((names) => names.includes(folded));
  return index < 0 ? null : index + 1;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** A year in the range a news source can have: refuses hashes and counts that look like years. */
const plausibleYear = (y: number) => y >= 1600 && y <= 2200;

function dayDate(y: number, m: number | null, d: number): PartialDate | null {
  if (m === null || !plausibleYear(y)) return null;
  return parsePartialDate(`${y}-${pad(m)}-${pad(d)}`);
}
function monthDate(y: number, m: number | null): PartialDate | null {
  if (m === null || !plausibleYear(y)) return null;
  return parsePartialDate(`${y}-${pad(m)}`);
}

interface Found {
  readonly date: PartialDate;
  readonly expression: string;
  readonly index: number;
}

/** Every full date written in `text` (day or month precision), in order, with the words it was read from. */
export function findWrittenDates(text: string): Found[] {
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  // `read` gives null for words shaped like a date that are none (« 31 février 2024 »): they are
  // taken all the same, so that « février 2024 » is not read out of them.
  const add = (m: RegExpExecArray, date: PartialDate | null | 'not-a-date') => {
    const start = m.index;
    const end = start + m[0].length;
    if (date === 'not-a-date' || taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    if (date) found.push({ date, expression: m[0], index: start });
  };
  const named = (y: number, word: string, d: number) => (monthOf(word) === null ? 'not-a-date' : dayDate(y, monthOf(word), d));
  const run = (pattern: string, read: (m: RegExpExecArray) => PartialDate | null | 'not-a-date') => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) add(m, read(m));
  };
  // Most precise first, so « 13 septembre 2023 » is not also read as « septembre 2023 ».
  run('(\\d{4})-(\\d{2})-(\\d{2})', (m) => dayDate(Number(m[1]), Number(m[2]), Number(m[3])));
  run('(\\d{1,2})/(\\d{1,2})/(\\d{4})', (m) => dayDate(Number(m[3]), Number(m[2]), Number(m[1])));
  run(`(\\d{1,2})(?:er|st|nd|rd|th)?\\s+${MONTH_WORD}\\s+(\\d{4})`, (m) => named(Number(m[3]), m[2]!, Number(m[1])));
  run(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, (m) => named(Number(m[3]), m[1]!, Number(m[2])));
  run(`${MONTH_WORD}\\s+(\\d{4})`, (m) => monthDate(Number(m[2]), monthOf(m[1]!)));
  return found.sort((a, b) => a.index - b.index);
}

const nonEmptyLines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/**
 * A dateline opening the text or one of its first paragraphs: a place, then a date, a dash or both
 * (« Pyongyang, 13 septembre 2023 – », « JAKARTA - », « PARIS (AFP) - »).
 */
export function findDateline(text: string): Dateline | null {
  for (const line of nonEmptyLines(text).slice(0, 8)) {
    const withDate = /^(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3})\s*,\s*(?:le\s+)?/u.exec(line);
    if (withDate) {
      const rest = line.slice(withDate[0].length);
      const first = findWrittenDates(rest)[0];
      if (first && first.index === 0 && first.date.precision === 'day') {
        return { place: withDate[1]!, date: first.date, expression: line.slice(0, withDate[0].length + first.expression.length) };
      }
    }
    const shouting = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\s*(?:\([^)]{1,20}\)\s*)?[-–—]\s/u.exec(line);
    if (shouting) return { place: shouting[1]!, date: null, expression: shouting[0].trim() };
  }
  return null;
}

const MARKER = /^date\s+(\d{4}-\d{2}(?:-\d{2})?)(?!\d)/i;

/** Dates in a file name: ISO dates, `june_1_1908`, `1_june_1908`, `2024_11`. */
export function findFileNameDates(fileName: string): Found[] {
  const base = fileName.replace(/\.[^.]+$/, '');
  const found: Found[] = [];
  const seen = new Set<string>();
  const add = (expression: string, index: number, date: PartialDate | null) => {
    if (!date || seen.has(date.iso)) return;
    seen.add(date.iso);
    found.push({ date, expression, index });
  };
  const sep = '[-_. ]';
  const each = (pattern: string, read: (m: RegExpExecArray) => PartialDate | null) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(base); m; m = re.exec(base)) add(m[0], m.index, read(m));
  };
  each(`(\\d{4})${sep}(\\d{2})${sep}(\\d{2})`, (m) => dayDate(Number(m[1]), Number(m[2]), Number(m[3])));
  each(`(\\p{L}{3,9})${sep}(\\d{1,2})${sep}(\\d{4})`, (m) => dayDate(Number(m[3]), monthOf(m[1]!), Number(m[2])));
  each(`(\\d{1,2})${sep}(\\p{L}{3,9})${sep}(\\d{4})`, (m) => dayDate(Number(m[3]), monthOf(m[2]!), Number(m[1])));
  if (found.length === 0) {
    each(`(\\d{4})${sep}(\\d{2})`, (m) => monthDate(Number(m[1]), Number(m[2])));
    each(`(\\p{L}{3,9})${sep}(\\d{4})`, (m) => monthDate(Number(m[2]), monthOf(m[1]!)));
  }
  return found.sort((a, b) => a.index - b.index);
}

const FIRST_LINES = 6;
const when = (d: PartialDate) => (d.precision === 'day' ? 'the day' : d.precision === 'month' ? 'the month' : 'the year');

/** Every date the source's text and file name suggest, the surest first, one per date and basis. */
export function suggestSourceDates(input: { text: string; fileName: string }): SourceDateSuggestion[] {
  const out: SourceDateSuggestion[] = [];
  const add = (s: SourceDateSuggestion) => {
    if (!out.some((o) => o.date.iso === s.date.iso && o.basis === s.basis)) out.push(s);
  };
  const lines = nonEmptyLines(input.text);
  const marker = MARKER.exec(lines[0] ?? '');
  const markerDate = marker ? parsePartialDate(marker[1]!) : null;
  if (marker && markerDate) add({ date: markerDate, basis: 'marker', expression: marker[0], rationale: `The first line begins with the marker “${marker[0]}”: ${when(markerDate)} the source gives.` });

  const dateline = findDateline(input.text);
  if (dateline?.date) add({ date: dateline.date, basis: 'dateline', expression: dateline.expression, rationale: `Dateline “${dateline.expression}”: place and date of the report.` });

  const head = lines.slice(0, FIRST_LINES).join('\n');
  for (const f of findWrittenDates(head)) {
    if (dateline?.date?.iso === f.date.iso) continue;
    add({ date: f.date, basis: 'first-lines', expression: f.expression, rationale: `“${f.expression}” is written in the first lines; it may be the date of publication or of an event.` });
  }
  for (const f of findFileNameDates(input.fileName)) {
    add({ date: f.date, basis: 'file-name', expression: f.expression, rationale: `The file name “${input.fileName}” holds “${f.expression}”.` });
  }
  return out;
}
