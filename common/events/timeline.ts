import { compareEventDates, partialDateBounds, type EventDate } from '../dates/eventDate';

export interface TimelineItem<T> {
  readonly date: EventDate;
  readonly item: T;
}

export interface TimelineMonth<T> {
  /** '2024-11', or 'year' for events known only to the year. */
  readonly key: string;
  readonly month: number | null;
  /** Events covering the whole month (month precision), drawn across it. */
  readonly spanning: T[];
  /** Events on a day (or a day range starting in this month), in order. */
  readonly days: Array<{ day: number; item: T }>;
}

export interface TimelineYear<T> {
  readonly year: number;
  /** Events known only to the year: drawn across it. */
  readonly spanning: T[];
  readonly months: TimelineMonth<T>[];
}

/**
 * Groups dated events by year and month for the timeline. Each stays at its own precision: a
 * month-precise event spans its month and a year-precise one its year; none is put on a day.
 */
export function groupTimeline<T>(items: ReadonlyArray<TimelineItem<T>>): TimelineYear<T>[] {
  const sorted = [...items].sort((a, b) => compareEventDates(a.date, b.date));
  const years = new Map<number, { spanning: T[]; months: Map<string, TimelineMonth<T>> }>();
  for (const { date, item } of sorted) {
    const first = partialDateBounds(date.start).first;
    const year = Number(first.slice(0, 4));
    const y = years.get(year) ?? { spanning: [] as T[], months: new Map<string, TimelineMonth<T>>() };
    years.set(year, y);
    if (date.start.precision === 'year') {
      y.spanning.push(item);
      continue;
    }
    const key = first.slice(0, 7);
    const m = y.months.get(key) ?? { key, month: Number(first.slice(5, 7)), spanning: [], days: [] };
    y.months.set(key, m);
    if (date.start.precision === 'month') m.spanning.push(item);
    else m.days.push({ day: Number(first.slice(8, 10)), item });
  }
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, y]) => ({ year, spanning: y.spanning, months: [...y.months.values()] }));
}
