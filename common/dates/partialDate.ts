/**
 * A date as precise as the source is, never more: a day, a month or a year.
 * Stored as ISO 8601 text plus its precision, never as a fake midnight timestamp.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  readonly iso: string; // '2024-11-01' | '2024-11' | '2024'
  readonly precision: DatePrecision;
}

const PATTERNS: ReadonlyArray<readonly [RegExp, DatePrecision]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'day'],
  [/^(\d{4})-(\d{2})$/, 'month'],
  [/^(\d{4})$/, 'year'],
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | null {
  const trimmed = text.trim();
  for (const [pattern, precision] of PATTERNS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const year = Number(m[1]);
    if (precision !== 'year') {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      if (precision === 'day') {
        const day = Number(m[3]);
        if (day < 1 || day > daysInMonth(year, month)) return null;
      }
    }
    return { iso: trimmed, precision };
  }
  return null;
}
