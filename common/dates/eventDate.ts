import { parsePartialDate, type PartialDate } from './partialDate';

/**
 * The date of an event as honest as its sources: a day, a month or a year, optionally a range
 * (ISO 8601 interval `start/end`), and a flag when it is approximate.
 */
export interface EventDate {
  readonly start: PartialDate;
  readonly end?: PartialDate;
  readonly approximate: boolean;
}

/** Parses `2024-11-01`, `2024-11`, `2024` or an interval `2024-10-28/2024-11-01`; null otherwise. */
export function parseEventDate(text: string, approximate = false): EventDate | null {
  const [first, second, ...rest] = text.trim().split('/');
  if (rest.length > 0 || first === undefined) return null;
  const start = parsePartialDate(first);
  if (!start) return null;
  if (second === undefined) return { start, approximate };
  const end = parsePartialDate(second);
  if (!end || compareIso(end.iso, start.iso) < 0) return null;
  return { start, end, approximate };
}

/** ISO 8601 text of an event date (`start` or `start/end`). */
export function formatEventDate(date: EventDate): string {
  return date.end ? `${date.start.iso}/${date.end.iso}` : date.start.iso;
}

function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function partialLabel(d: PartialDate): string {
  const [y, m, day] = d.iso.split('-');
  const month = m ? MONTHS_FR[Number(m) - 1] : '';
  if (d.precision === 'day') return `${Number(day) === 1 ? '1er' : Number(day)} ${month} ${y}`;
  if (d.precision === 'month') return `${month} ${y}`;
  return y ?? d.iso;
}

/** A French label: « 1er novembre 2024 », « novembre 2024 », « 2024 », « 28 octobre 2024 – 1er novembre 2024 », « vers … ». */
export function formatEventDateFr(date: EventDate): string {
  const label = date.end ? `${partialLabel(date.start)} – ${partialLabel(date.end)}` : partialLabel(date.start);
  return date.approximate ? `vers ${label}` : label;
}

/** First and last day covered by a partial date, as ISO days. */
export function partialDateBounds(d: PartialDate): { first: string; last: string } {
  const [y, m] = d.iso.split('-').map(Number) as [number, number | undefined];
  if (d.precision === 'day') return { first: d.iso, last: d.iso };
  if (d.precision === 'month') {
    const lastDay = new Date(Date.UTC(y, m!, 0)).getUTCDate();
    return { first: `${d.iso}-01`, last: `${d.iso}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * Timeline order: by the first day covered; at the same first day, the coarser (longer) date
 * first, so « novembre 2024 » heads the days of November it contains.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const fa = partialDateBounds(a.start).first;
  const fb = partialDateBounds(b.start).first;
  if (fa !== fb) return compareIso(fa, fb);
  const la = partialDateBounds(a.end ?? a.start).last;
  const lb = partialDateBounds(b.end ?? b.start).last;
  return compareIso(lb, la);
}
