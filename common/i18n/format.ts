import type { PartialDate } from '../dates/partialDate';
import { formattingLocale, type UiLanguage } from './languages';

/**
 * Every date, time, number and size the interface shows goes through here, in the interface
 * language, so one style holds across the app. Calendar dates (PartialDate) are days, not instants:
 * they are formatted in UTC so no time zone moves them to the day before.
 */

// Date formats, like the number formats below: building an Intl formatter costs far more than using one (about a millisecond each, cold): the
// library formats a date and a size for every row it draws, so each formatter is built once per
// locale and options and reused.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function calendarDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A date as precise as it is: « 2 novembre 2024 », « novembre 2024 », « 2024 ». */
export function formatPartialDate(date: PartialDate, language: UiLanguage): string {
  const locale = formattingLocale(language);
  const day = calendarDay(date.iso);
  if (date.precision === 'year') return date.iso.slice(0, 4);
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(day);
}

/** A day with its weekday, for the timeline: « vendredi 1 novembre », « Friday 1 November ». */
export function formatWeekday(iso: string, language: UiLanguage): string {
  return dateFormat(formattingLocale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendarDay(iso));
}

/** An instant (a save, a backup) in the user's time zone: « 2 nov. 2024, 14:05 », « 2 Nov 2024, 14:05 ». */
export function formatDateTime(instant: string | number | Date, language: UiLanguage, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  return dateFormat(formattingLocale(language), options).format(new Date(instant));
}

const RELATIVE_STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.34524],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago (or how far ahead) an instant is, in the largest fitting unit: « il y a 3 minutes », « yesterday ». */
export function formatRelativeTime(instant: string | number | Date, now: string | number | Date, language: UiLanguage): string {
  let amount = (new Date(instant).getTime() - new Date(now).getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(formattingLocale(language), { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

/** A number with the language's grouping and decimal sign: « 12 345,6 » (narrow no-break space) in French. */
export function formatNumber(value: number, language: UiLanguage, maximumFractionDigits = 2): string {
  return numberFormat(formattingLocale(language), { maximumFractionDigits }).format(value);
}

/**
 * Number formats, made once per locale and options: building an Intl.NumberFormat costs far more
 * than using one, and a list of a thousand rows (sizes in the library, import report lines) built
 * one per row (the profile of a 5 MB import showed it among the window's longest work).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

const SIZE_UNITS: Record<UiLanguage, readonly [string, string, string]> = {
  en: ['B', 'KB', 'MB'],
  // French says octets: « Ko », « Mo ».
  fr: ['o', 'Ko', 'Mo'],
};

/** A file size in binary units, one decimal above a kilobyte: « 1.5 KB », « 1,5 Ko ». */
export function formatByteSize(bytes: number, language: UiLanguage): string {
  const [b, kb, mb] = SIZE_UNITS[language];
  const locale = formattingLocale(language);
  const oneDecimal = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024) return `${numberFormat(locale).format(bytes)} ${b}`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} ${kb}`;
  return `${oneDecimal.format(bytes / 1024 / 1024)} ${mb}`;
}

/** The plural category of a count in a language (French: 0 and 1 are « one »). */
export function pluralCategory(count: number, language: UiLanguage): Intl.LDMLPluralRule {
  return new Intl.PluralRules(formattingLocale(language)).select(count);
}
