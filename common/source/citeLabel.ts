import type { PartialDate } from '../dates/partialDate';

/** What naming a source needs: any source row has these fields. */
export interface CitableSource {
  readonly id: string;
  readonly title: string;
  readonly fileName: string;
  readonly date: PartialDate | null;
  readonly meta?: { readonly outlet?: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as a person writes it in a citation, as precise as it is: « 1 Nov 2024 », « Nov 2024 », « 2024 ». */
export function citeDate(date: PartialDate): string {
  const [year, month, day] = date.iso.split('-');
  if (date.precision === 'year' || !month) return year ?? date.iso;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return date.precision === 'day' && day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

function outletOf(source: CitableSource): string {
  return source.meta?.outlet?.trim() ?? '';
}

/** « Outlet, date » when the outlet is known (a newspaper is cited by its name), else the title. */
function baseLabel(source: CitableSource): string {
  const outlet = outletOf(source);
  if (outlet === '') return source.title;
  return source.date ? `${outlet}, ${citeDate(source.date)}` : outlet;
}

// In this order: a date is what a reader expects in a citation, a file name is the last resort.
const DISCRIMINATORS: ReadonlyArray<(s: CitableSource) => string> = [(s) => (s.date ? citeDate(s.date) : ''), outletOf, (s) => s.fileName];

function labelAmong(source: CitableSource, base: string, rivals: readonly CitableSource[]): string {
  const extras: string[] = [];
  let remaining = rivals;
  for (const part of DISCRIMINATORS) {
    if (remaining.length === 0) break;
    const mine = part(source);
    // A part that every remaining rival shares tells nothing apart; an empty one has nothing to say.
    if (mine === '' || base.includes(mine) || remaining.every((r) => part(r) === mine)) continue;
    extras.push(mine);
    remaining = remaining.filter((r) => part(r) === mine);
  }
  return extras.length ? `${base} (${extras.join(', ')})` : base;
}

/** Every source's label at once (one pass to group), for lists and live chips. */
export function citeLabels(sources: readonly CitableSource[]): Map<string, string> {
  const byBase = new Map<string, CitableSource[]>();
  for (const s of sources) {
    const base = baseLabel(s);
    byBase.set(base, [...(byBase.get(base) ?? []), s]);
  }
  const labels = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const s of group) labels.set(s.id, group.length === 1 ? base : labelAmong(s, base, group.filter((o) => o.id !== s.id)));
  }
  return labels;
}

/** How a person cites `source`: « Ouest-France, 1 Nov 2024 », or its title, told apart from same-named sources. */
export function citeLabel(source: CitableSource, allSources: readonly CitableSource[]): string {
  const rivals = allSources.filter((o) => o.id !== source.id && baseLabel(o) === baseLabel(source));
  const base = baseLabel(source);
  return rivals.length ? labelAmong(source, base, rivals) : base;
}
