import { describe, expect, it } from 'vitest';
import { cell, spread } from '../../../bench/spread';

describe('spread', () => {
  const rows = [
    { name: 'an odd number of runs gives the middle one', input: [30, 10, 20], expected: { median: 20, min: 10, max: 30, runs: 3 } },
    { name: 'an even number of runs gives the mean of the middle two', input: [4, 1, 3, 2], expected: { median: 2.5, min: 1, max: 4, runs: 4 } },
    { name: 'runs that measured nothing are left out', input: [null, 5, NaN], expected: { median: 5, min: 5, max: 5, runs: 1 } },
    { name: 'nothing measured is nothing', input: [null], expected: null },
  ];
  for (const row of rows) it(row.name, () => expect(spread(row.input)).toEqual(row.expected));
});

describe('cell', () => {
  const rows = [
    { name: 'several runs show the median and the range', input: { median: 1234.4, min: 1100, max: 1400, runs: 3 }, expected: '1,234 ms (1,100 ms–1,400 ms)' },
    { name: 'one run shows its figure alone', input: { median: 87, min: 87, max: 87, runs: 1 }, expected: '87 ms' },
    { name: 'no figure shows a dash', input: null, expected: '—' },
  ];
  for (const row of rows) it(row.name, () => expect(cell(row.input, ' ms')).toBe(row.expected));
});
