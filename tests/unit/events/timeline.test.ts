import { describe, expect, it } from 'vitest';
import { parseEventDate } from '@common/dates/eventDate';
import { groupTimeline } from '@common/events/timeline';

describe('groupTimeline', () => {
  it('orders the seeds’ events by date and keeps each at its precision', () => {
    const events: Array<[string, string]> = [
      ['Rencontre Choe–Lavrov à Moscou', '2024-11-01'],
      ['Traité de partenariat', '2024-06'],
      ['Sommet Poutine–Kim', '2023-09-13'],
      ['Déploiement de troupes', '2024-10'],
      ['Visite de Lavrov à Pyongyang', '2023-10-18/2023-10-19'],
      ['Année de la coopération', '2024'],
    ];
    const years = groupTimeline(events.map(([title, iso]) => ({ date: parseEventDate(iso)!, item: title })));
    expect(years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(years[0]!.months.map((m) => [m.key, m.days.map((d) => [d.day, d.item])])).toEqual([
      ['2023-09', [[13, 'Sommet Poutine–Kim']]],
      ['2023-10', [[18, 'Visite de Lavrov à Pyongyang']]],
    ]);
    expect(years[1]!.spanning).toEqual(['Année de la coopération']);
    expect(years[1]!.months.map((m) => [m.key, m.spanning, m.days.map((d) => d.item)])).toEqual([
      ['2024-06', ['Traité de partenariat'], []],
      ['2024-10', ['Déploiement de troupes'], []],
      ['2024-11', [], ['Rencontre Choe–Lavrov à Moscou']],
    ]);
  });
});
