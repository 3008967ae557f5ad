import { describe, expect, it } from 'vitest';
import { unrelatedFiles, type FileKeys } from '@common/source/unrelatedFiles';

const file = (n: number, over: Partial<FileKeys> = {}): FileKeys => ({ hash: `h${n}`, path: `/in/f${n}.txt`, fileName: `f${n}.txt`, ...over });
const none = { hashes: new Set<string>(), paths: new Set<string>(), fileNames: new Set<string>() };

describe('unrelatedFiles', () => {
  const rows: Array<{ name: string; files: FileKeys[]; stored?: Partial<typeof none>; expected: number[] }> = [
    { name: 'distinct files in an empty notebook are all unrelated', files: [file(1), file(2), file(3)], expected: [0, 1, 2] },
    { name: 'a text already stored as a version is decided one by one', files: [file(1), file(2)], stored: { hashes: new Set(['h2']) }, expected: [0] },
    { name: 'a path a version or source was read from is decided one by one', files: [file(1), file(2)], stored: { paths: new Set(['/in/f1.txt']) }, expected: [1] },
    { name: 'a file name a source already has is decided one by one', files: [file(1), file(2)], stored: { fileNames: new Set(['f2.txt']) }, expected: [0] },
    { name: 'two files of the batch with the same text are both decided one by one', files: [file(1), file(2, { hash: 'h1' }), file(3)], expected: [2] },
    { name: 'two files of the batch with the same name in other folders are both decided one by one', files: [file(1), file(2, { fileName: 'f1.txt' })], expected: [] },
    { name: 'the same path twice in a batch is decided one by one', files: [file(1), file(2, { path: '/in/f1.txt' }), file(3)], expected: [2] },
    { name: 'an empty batch has nothing', files: [], expected: [] },
  ];
  for (const row of rows) it(row.name, () => expect(unrelatedFiles(row.files, { ...none, ...row.stored })).toEqual(row.expected));
});
