import type { PartialDate } from '@common/dates/partialDate';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date shown exactly as precise as it is: "1 November 2024", "November 2024", "2024". */
export function formatPartialDate(date: PartialDate | null): string {
  if (!date) return 'Date unknown';
  const [y, m, d] = date.iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (date.precision === 'day') return `${Number(d)} ${month} ${y}`;
  if (date.precision === 'month') return `${month} ${y}`;
  return y ?? date.iso;
}

export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
