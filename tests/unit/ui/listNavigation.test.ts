import { describe, expect, it } from 'vitest';
import { isListKey, nextListIndex, type ListKey } from '@common/ui/listNavigation';

describe('nextListIndex', () => {
  const rows: Array<{ name: string; key: ListKey; current: number; count: number; page: number; expected: number }> = [
    { name: 'Down moves one row down', key: 'ArrowDown', current: 3, count: 10, page: 5, expected: 4 },
    { name: 'Down stays on the last row', key: 'ArrowDown', current: 9, count: 10, page: 5, expected: 9 },
    { name: 'Up moves one row up', key: 'ArrowUp', current: 3, count: 10, page: 5, expected: 2 },
    { name: 'Up stays on the first row', key: 'ArrowUp', current: 0, count: 10, page: 5, expected: 0 },
    { name: 'Home goes to the first row', key: 'Home', current: 7, count: 10, page: 5, expected: 0 },
    { name: 'End goes to the last of ten thousand rows', key: 'End', current: 0, count: 10_000, page: 12, expected: 9_999 },
    { name: 'PageDown moves by one screen', key: 'PageDown', current: 2, count: 100, page: 12, expected: 14 },
    { name: 'PageDown stops at the last row', key: 'PageDown', current: 95, count: 100, page: 12, expected: 99 },
    { name: 'PageUp moves by one screen', key: 'PageUp', current: 40, count: 100, page: 12, expected: 28 },
    { name: 'PageUp stops at the first row', key: 'PageUp', current: 5, count: 100, page: 12, expected: 0 },
    { name: 'a screen smaller than a row still moves one row', key: 'PageDown', current: 5, count: 100, page: 0.4, expected: 6 },
    { name: 'Down with no active row lands on the first', key: 'ArrowDown', current: -1, count: 10, page: 5, expected: 0 },
    { name: 'End with no active row lands on the last', key: 'End', current: -1, count: 10, page: 5, expected: 9 },
    { name: 'an active row past the end (rows removed) starts again from the first', key: 'ArrowDown', current: 12, count: 10, page: 5, expected: 0 },
    { name: 'an empty list has no row', key: 'End', current: -1, count: 0, page: 5, expected: -1 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(nextListIndex(row.key, row.current, row.count, row.page)).toBe(row.expected);
    });
  }
});

describe('isListKey', () => {
  it('answers the navigation keys and nothing else', () => {
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].every(isListKey)).toBe(true);
    expect(['Enter', ' ', 'a', 'ArrowLeft', 'Tab'].some(isListKey)).toBe(false);
  });
});
