/** Several runs of one figure: the median, with the lowest and highest. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function spread(values: ReadonlyArray<number | null>): Spread | null {
  const seen = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (seen.length === 0) return null;
  const mid = Math.floor(seen.length / 2);
  const median = seen.length % 2 === 1 ? seen[mid]! : (seen[mid - 1]! + seen[mid]!) / 2;
  return { median: +median.toFixed(2), min: seen[0]!, max: seen[seen.length - 1]!, runs: seen.length };
}

/** `1,234 (1,100–1,400)` for a table cell; a dash when nothing was measured. */
export function cell(s: Spread | null, unit = ''): string {
  if (!s) return '—';
  const f = (n: number) => `${Math.round(n).toLocaleString('en')}${unit}`;
  return s.runs === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}
