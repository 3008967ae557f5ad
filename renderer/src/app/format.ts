import type { PartialDate } from '@common/dates/partialDate';
import { formatByteSize as formatBytesIn, formatPartialDate as formatPartialDateIn } from '@common/i18n/format';
import { currentLanguage, i18n } from '../i18n/i18n';

/**
 * The shown language's formats for components that already re-render on a language change (they
 * call useTranslation); others use useFormat().
 */

/** A date shown exactly as precise as it is: « 1 November 2024 », « novembre 2024 », « 2024 ». */
export function formatPartialDate(date: PartialDate | null): string {
  if (!date) return i18n.t('format.dateUnknown');
  return formatPartialDateIn(date, currentLanguage());
}

export function formatByteSize(bytes: number): string {
  return formatBytesIn(bytes, currentLanguage());
}
