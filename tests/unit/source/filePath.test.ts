import { describe, expect, it } from 'vitest';
import { folderOf } from '@common/source/filePath';

describe('folderOf', () => {
  const rows = [
    { name: 'a POSIX path gives its folder', input: '/home/me/b/article.txt', expected: '/home/me/b' },
    { name: 'a Windows path gives its folder', input: 'C:\\Users\\me\\article.txt', expected: 'C:\\Users\\me' },
    { name: 'a seed gives the seeds folder', input: 'seeds/001.txt', expected: 'seeds' },
    { name: 'a file at the root keeps the root', input: '/article.txt', expected: '/' },
    { name: 'a bare name has no folder', input: 'article.txt', expected: '' },
  ];
  for (const row of rows) it(row.name, () => expect(folderOf(row.input)).toBe(row.expected));
});
