import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartialDate } from '@common/dates/partialDate';
import { formatByteSize, formatDateTime, formatNumber, formatPartialDate, formatRelativeTime, formatWeekday } from '@common/i18n/format';
import { UI_LANGUAGES, type UiLanguage } from '@common/i18n/languages';

/** The formatting functions in the language shown; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: UiLanguage = UI_LANGUAGES.find((l) => l === i18n.language) ?? 'en';
  return useMemo(
    () => ({
      language,
      partialDate: (date: PartialDate) => formatPartialDate(date, language),
      weekday: (iso: string) => formatWeekday(iso, language),
      dateTime: (instant: string | number | Date) => formatDateTime(instant, language),
      relative: (instant: string | number | Date, now: string | number | Date = Date.now()) => formatRelativeTime(instant, now, language),
      number: (value: number) => formatNumber(value, language),
      bytes: (bytes: number) => formatByteSize(bytes, language),
    }),
    [language],
  );
}
