import { describe, expect, it } from 'vitest';
import { evidenceByEvent } from '@common/events/evidenceByEvent';

const row = (id: string, eventId: string, createdAt: string) => ({ id, eventId, createdAt });

describe('evidence grouped by event', () => {
  it.each([
    ['no evidence gives no event', [], {}],
    ['one event keeps its rows in the order they were added', [row('b', 'e1', '2026-01-02'), row('a', 'e1', '2026-01-01')], { e1: ['a', 'b'] }],
    [
      'rows of several events, interleaved, go each to its own event',
      [row('x', 'e2', '2026-03-01'), row('y', 'e1', '2026-02-01'), row('z', 'e2', '2026-01-01')],
      { e1: ['y'], e2: ['z', 'x'] },
    ],
  ])('%s', (_name, rows, expected) => {
    const grouped = evidenceByEvent(rows);
    expect(Object.fromEntries([...grouped].map(([k, v]) => [k, v.map((r) => r.id)]))).toEqual(expected);
  });
});
