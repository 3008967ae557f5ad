import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@common/interchange/csv';

describe('CSV cells', () => {
  const rows: Array<[string, string | number, string]> = [
    ['plain text stays bare', 'troupes', 'troupes'],
    ['a comma is quoted', 'Moscou, Pyongyang', '"Moscou, Pyongyang"'],
    ['quotes are doubled', 'dit « "oui" »', '"dit « ""oui"" »"'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a formula with = is defused', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading + is defused', '+33 1 23', "'+33 1 23"],
    ['a leading - is defused', '-1', "'-1"],
    ['a leading @ is defused', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab is defused', '\tx', "'\tx"],
    ['numbers are written as numbers', 812, '812'],
    ['leading spaces keep their quotes', ' a', '" a"'],
  ];
  for (const [name, input, expected] of rows) it(name, () => expect(csvCell(input)).toBe(expected));

  it('ends rows with CRLF and starts with the header', () => {
    expect(toCsv(['tag', 'exact'], [['t', 'a,b']])).toBe('tag,exact\r\nt,"a,b"\r\n');
  });
});
