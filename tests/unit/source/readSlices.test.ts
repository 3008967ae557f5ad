import { describe, expect, it } from 'vitest';
import { readSlices } from '@common/source/readSlices';

const sizes = (slices: Array<Array<{ byteSize: number }>>) => slices.map((s) => s.map((f) => f.byteSize));
const files = (...bytes: number[]) => bytes.map((byteSize) => ({ byteSize }));

describe('readSlices', () => {
  const rows = [
    { name: 'small files fill a slice up to the file count', input: files(1, 1, 1, 1, 1), maxBytes: 100, maxFiles: 2, expected: [[1, 1], [1, 1], [1]] },
    { name: 'files stop a slice before it would pass the byte budget', input: files(40, 40, 40, 10), maxBytes: 100, maxFiles: 10, expected: [[40, 40], [40, 10]] },
    { name: 'a file larger than the budget travels alone', input: files(10, 500, 10), maxBytes: 100, maxFiles: 10, expected: [[10], [500], [10]] },
    { name: 'a slice may reach the budget exactly', input: files(50, 50, 50), maxBytes: 100, maxFiles: 10, expected: [[50, 50], [50]] },
    { name: 'no files, no slices', input: files(), maxBytes: 100, maxFiles: 10, expected: [] },
  ];
  for (const row of rows) it(row.name, () => expect(sizes(readSlices(row.input, row.maxBytes, row.maxFiles))).toEqual(row.expected));
});
