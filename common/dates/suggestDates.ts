import type { EventDate } from './eventDate';
import type { PartialDate } from './partialDate';

/**
 * Date suggestions read from French news text, given the date of the article. Each says what it
 * rests on; nothing is dated without the user's choice. All arithmetic is on UTC days.
 *
 * Handled: weekdays alone (« vendredi »), with a day/month (« samedi (2/11) »), « lundi dernier »,
 * « dans la nuit de samedi à dimanche », « le 22 septembre », « 1er novembre 2024 », « en juin »,
 * « juin 2024 », « en 2023 », « hier » (« hier matin », « hier soir »), « avant-hier »,
 * « aujourd’hui », « ce matin », « la semaine dernière », « le mois dernier », « l’an dernier ».
 * Still missed: relative spans in days (« il y a trois jours », « dans deux semaines »), seasons
 * (« cet été »), ordinal weeks (« la première semaine de juin »), written-out numbers
 * (« le premier novembre » without « 1er »), and dates given in another calendar or language.
 */
export interface DateSuggestion {
  /** Null when the words are a date but the article's date is too vague to place them. */
  readonly date: EventDate | null;
  /** The words it was read from, and where they are in the passage (string indices). */
  readonly expression: string;
  readonly start: number;
  readonly end: number;
  readonly rationale: string;
  readonly confidence: 'high' | 'medium' | 'low';
  /** Set when the text contradicts itself (a weekday that does not fall on the given day). */
  readonly conflict?: string;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAY_RE = '(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)';
const MONTH_RE = '(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const monthIndex = (name: string) => MONTHS.findIndex((m) => fold(m) === fold(name));
const weekdayIndex = (name: string) => WEEKDAYS.indexOf(name.toLowerCase());

type Day = number; // days since 1970-01-01 (UTC)
const dayOf = (y: number, m: number, d: number): Day => Date.UTC(y, m - 1, d) / 86_400_000;
function partsOf(day: Day): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(day * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
}
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (day: Day) => {
  const { y, m, d } = partsOf(day);
  return `${y}-${pad(m)}-${pad(d)}`;
};
const dayDate = (day: Day, approximate = false): EventDate => ({ start: { iso: isoDay(day), precision: 'day' }, approximate });
const labelDay = (day: Day) => {
  const { y, m, d, weekday } = partsOf(day);
  return `${WEEKDAYS[weekday]} ${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
};
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d === partsOf(dayOf(y, m, d)).d;

/** The article's day, when its date is that precise. */
function sourceDay(source: PartialDate | null): Day | null {
  if (source?.precision !== 'day') return null;
  const [y, m, d] = source.iso.split('-').map(Number) as [number, number, number];
  return dayOf(y, m, d);
}
const sourceYear = (source: PartialDate | null) => (source ? Number(source.iso.slice(0, 4)) : null);
const sourceMonth = (source: PartialDate | null) => (source && source.precision !== 'year' ? Number(source.iso.slice(5, 7)) : null);

/** The latest `weekday` on or before `day` (news: « vendredi » in Saturday's paper is the day before). */
function weekdayOnOrBefore(day: Day, weekday: number): Day {
  return day - ((partsOf(day).weekday - weekday + 7) % 7);
}

interface Found {
  start: number;
  end: number;
  expression: string;
}

function* matches(text: string, pattern: string): Generator<{ m: RegExpExecArray; found: Found }> {
  // A space in a pattern stands for any white space: OCR text breaks lines anywhere.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) yield { m, found: { start: m.index, end: m.index + m[0].length, expression: m[0] } };
}

function overlaps(taken: Found[], f: Found): boolean {
  return taken.some((t) => f.start < t.end && t.start < f.end);
}

export function suggestDates(passage: string, source: PartialDate | null): DateSuggestion[] {
  const out: DateSuggestion[] = [];
  const taken: Found[] = [];
  const add = (found: Found, s: Omit<DateSuggestion, 'expression' | 'start' | 'end'>) => {
    taken.push(found);
    out.push({ ...found, ...s });
  };
  const srcDay = sourceDay(source);
  const srcYear = sourceYear(source);
  const srcLabel = source ? `the article's date, ${source.iso}` : 'no article date';

  // « samedi (2/11) », « jeudi (31/8) »: a weekday with a day/month; check they agree.
  for (const { m, found } of matches(passage, `${WEEKDAY_RE}\\s*\\((\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{2,4}))?\\)`)) {
    const weekday = weekdayIndex(m[1]!);
    const d = Number(m[2]);
    const mo = Number(m[3]);
    let y = m[4] ? Number(m[4].length === 2 ? `20${m[4]}` : m[4]) : srcYear;
    if (y === null || !validDay(y, mo, d)) continue;
    // A day/month later than the article (by over a week) is last year's.
    if (!m[4] && srcDay !== null && dayOf(y, mo, d) > srcDay + 7) y -= 1;
    const day = dayOf(y, mo, d);
    const actual = partsOf(day).weekday;
    if (actual === weekday) {
      add(found, { date: dayDate(day), rationale: `« ${found.expression} » gives the day and month; the year comes from ${srcLabel}, and ${labelDay(day)} is indeed a ${WEEKDAYS[weekday]}.`, confidence: 'high' });
      continue;
    }
    const conflict = `« ${found.expression} »: ${d}/${mo}/${y} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[weekday]}.`;
    add(found, { date: dayDate(day), rationale: `Read as the day and month written: ${labelDay(day)}.`, confidence: 'low', conflict });
    // The likely intended date: the latest day numbered `d` that is that weekday, before the article.
    if (srcDay !== null) {
      for (let probe = srcDay; probe > srcDay - 400; probe--) {
        const p = partsOf(probe);
        if (p.d === d && p.weekday === weekday) {
          out.push({ ...found, date: dayDate(probe), rationale: `Read as the weekday and day: the latest ${WEEKDAYS[weekday]} ${d} before ${srcLabel} is ${labelDay(probe)} (the month may be a typo).`, confidence: 'medium', conflict });
          break;
        }
      }
    }
  }

  // « dans la nuit de samedi à dimanche »
  for (const { m, found } of matches(passage, `(?:dans )?la nuit (?:de|du) ${WEEKDAY_RE} (?:à|au) ${WEEKDAY_RE}`)) {
    if (overlaps(taken, found) || srcDay === null) continue;
    const first = weekdayOnOrBefore(srcDay, weekdayIndex(m[1]!));
    const second = first + ((weekdayIndex(m[2]!) - weekdayIndex(m[1]!) + 7) % 7 || 7);
    const start = second > srcDay ? first - 7 : first;
    add(found, {
      date: { start: { iso: isoDay(start), precision: 'day' }, end: { iso: isoDay(start + (second - first)), precision: 'day' }, approximate: false },
      rationale: `The night before ${srcLabel}: from ${labelDay(start)} to ${labelDay(start + (second - first))}.`,
      confidence: 'high',
    });
  }

  // « le 22 septembre », « 1er novembre 2024 »
  for (const { m, found } of matches(passage, `(?:le )?(1er|\\d{1,2}) ${MONTH_RE}(?: (\\d{4}))?`)) {
    if (overlaps(taken, found)) continue;
    const d = m[1] === '1er' ? 1 : Number(m[1]);
    const mo = monthIndex(m[2]!) + 1;
    let y = m[3] ? Number(m[3]) : srcYear;
    if (y === null || !validDay(y, mo, d)) continue;
    if (!m[3] && srcDay !== null && dayOf(y, mo, d) > srcDay + 7) y -= 1;
    add(found, { date: dayDate(dayOf(y, mo, d)), rationale: m[3] ? `The date is written in full.` : `Day and month as written; the year from ${srcLabel}.`, confidence: m[3] ? 'high' : 'medium' });
  }

  // « en juin », « juin 2024 », « en juin dernier »
  for (const { m, found } of matches(passage, `(?:en |depuis |d[eè]s )?${MONTH_RE}(?: (\\d{4})| dernier)?`)) {
    if (overlaps(taken, found)) continue;
    if (!/^(en|depuis|d[eè]s) /i.test(found.expression) && !m[2] && !/dernier$/.test(found.expression)) continue;
    const mo = monthIndex(m[1]!) + 1;
    let y = m[2] ? Number(m[2]) : srcYear;
    if (y === null) continue;
    const srcMo = sourceMonth(source);
    const last = /dernier$/.test(found.expression);
    // News names months near its own date, past or coming: take the nearest one (« dernier »: the past one).
    if (!m[2] && srcMo !== null) {
      if (last ? mo >= srcMo : mo - srcMo > 6) y -= 1;
      else if (srcMo - mo > 6) y += 1;
    }
    add(found, {
      date: { start: { iso: `${y}-${pad(mo)}`, precision: 'month' }, approximate: false },
      rationale: m[2] ? 'Month and year as written.' : `The ${last ? 'latest past' : 'nearest'} ${MONTHS[mo - 1]} to ${srcLabel}.`,
      confidence: m[2] ? 'high' : 'medium',
    });
  }

  // « en 2023 »
  for (const { m, found } of matches(passage, `en (\\d{4})`)) {
    if (overlaps(taken, found)) continue;
    add(found, { date: { start: { iso: m[1]!, precision: 'year' }, approximate: false }, rationale: 'The year as written.', confidence: 'high' });
  }

  // Relative days: « avant-hier », « hier (matin|soir|après-midi) », « aujourd'hui », « ce matin »
  const relative: Array<[string, number, string]> = [
    ['avant-hier', -2, 'two days before'],
    ['hier(?: (?:matin|soir|apr[eè]s-midi))?', -1, 'the day before'],
    ["aujourd['’]hui|ce matin|ce soir|cet apr[eè]s-midi", 0, 'the day of'],
  ];
  for (const [pattern, offset, words] of relative) {
    for (const { found } of matches(passage, pattern)) {
      if (overlaps(taken, found)) continue;
      if (srcDay === null) {
        add(found, { date: null, rationale: `« ${found.expression} » is relative, and the article's date is not precise to the day: give the article a day first.`, confidence: 'low' });
        continue;
      }
      add(found, { date: dayDate(srcDay + offset), rationale: `« ${found.expression} » is ${words} ${srcLabel}: ${labelDay(srcDay + offset)}.`, confidence: 'high' });
    }
  }

  // « la semaine dernière », « le mois dernier », « l'an dernier »
  for (const { found } of matches(passage, 'la semaine derni[eè]re')) {
    if (overlaps(taken, found) || srcDay === null) continue;
    const monday = weekdayOnOrBefore(srcDay, 1) - 7;
    add(found, {
      date: { start: { iso: isoDay(monday), precision: 'day' }, end: { iso: isoDay(monday + 6), precision: 'day' }, approximate: true },
      rationale: `The week before ${srcLabel}: Monday ${isoDay(monday)} to Sunday ${isoDay(monday + 6)}.`,
      confidence: 'medium',
    });
  }
  for (const { found } of matches(passage, 'le mois dernier')) {
    const srcMo = sourceMonth(source);
    if (overlaps(taken, found) || srcYear === null || srcMo === null) continue;
    const y = srcMo === 1 ? srcYear - 1 : srcYear;
    const mo = srcMo === 1 ? 12 : srcMo - 1;
    add(found, { date: { start: { iso: `${y}-${pad(mo)}`, precision: 'month' }, approximate: false }, rationale: `The month before ${srcLabel}.`, confidence: 'high' });
  }
  for (const { found } of matches(passage, "l['’](?:an|ann[ée]e) derni(?:er|[eè]re)")) {
    if (overlaps(taken, found) || srcYear === null) continue;
    add(found, { date: { start: { iso: String(srcYear - 1), precision: 'year' }, approximate: false }, rationale: `The year before ${srcLabel}.`, confidence: 'high' });
  }

  // « lundi dernier », then weekdays alone (« vendredi »).
  for (const { m, found } of matches(passage, `${WEEKDAY_RE}(?: (dernier|prochain))?`)) {
    if (overlaps(taken, found)) continue;
    const weekday = weekdayIndex(m[1]!);
    if (srcDay === null) {
      add(found, { date: null, rationale: `« ${found.expression} » needs the article's day, and ${source ? `its date is only ${source.iso}` : 'it has none'}: no day can be read.`, confidence: 'low' });
      continue;
    }
    let day = weekdayOnOrBefore(srcDay, weekday);
    if (m[2] === 'dernier' && day === srcDay) day -= 7;
    if (m[2] === 'prochain') day += 7;
    const when = day === srcDay ? 'the day of' : m[2] === 'prochain' ? 'the first such day after' : 'the latest such day on or before';
    add(found, { date: dayDate(day), rationale: `« ${found.expression} »: ${when} ${srcLabel} (${WEEKDAYS[partsOf(srcDay).weekday]}) is ${labelDay(day)}.`, confidence: 'medium' });
  }

  return out.sort((a, b) => a.start - b.start);
}
