import { describe, expect, it } from 'vitest';
import { frontMatter, yamlQuote } from '@common/export/frontMatter';

describe('yamlQuote', () => {
  const rows = [
    { name: 'quotes plain text', input: 'Analyse', expected: '"Analyse"' },
    { name: 'keeps accents, typography and emoji as they are', input: 'l’essentiel « oui » 😀', expected: '"l’essentiel « oui » 😀"' },
    { name: 'escapes quotes and backslashes', input: 'a "b" \\c', expected: '"a \\"b\\" \\\\c"' },
    { name: 'escapes line breaks, so no title ends the block', input: 'x\n---\nevil: true', expected: '"x\\n---\\nevil: true"' },
    { name: 'escapes control characters, DEL and C1', input: 'a\u0000b\u007fc\u0085d', expected: '"a\\u0000b\\u007fc\\u0085d"' },
    { name: 'escapes line and paragraph separators, which YAML 1.1 reads as breaks', input: 'a\u2028b\u2029c', expected: '"a\\u2028b\\u2029c"' },
    { name: 'escapes a byte order mark', input: '\ufeffa', expected: '"\\ufeffa"' },
    { name: 'replaces a lone surrogate, which YAML cannot hold', input: 'a\ud800b', expected: '"a\ufffdb"' },
    { name: 'keeps what YAML would otherwise read as another type a string', input: 'null', expected: '"null"' },
  ];
  for (const r of rows) it(r.name, () => expect(yamlQuote(r.input)).toBe(r.expected));

  it.each(['', '#', ': x', '- a', '[1, 2]', '{a: b}', '&anchor', '*alias', '!tag', '%', '@', '`', "'", '2024-11-01', 'yes', '~'])('reads %j back exactly (as JSON, whose escapes it shares)', (input) => {
    expect(JSON.parse(yamlQuote(input))).toBe(input);
  });
});

describe('frontMatter', () => {
  it('writes title, dates and cited source files between --- lines', () => {
    expect(frontMatter({ title: 'Choe à Moscou: "victoire"', created: '2024-11-01T10:00:00.000Z', updated: '2024-11-02T08:30:00.000Z', sources: ['003_02ccfc7f2b3def74.txt', 'a "b".txt'] })).toBe(
      ['---', 'title: "Choe à Moscou: \\"victoire\\""', 'created: "2024-11-01T10:00:00.000Z"', 'updated: "2024-11-02T08:30:00.000Z"', 'sources:', '  - "003_02ccfc7f2b3def74.txt"', '  - "a \\"b\\".txt"', '---', ''].join('\n'),
    );
  });

  it('writes an empty list when the note cites nothing', () => {
    expect(frontMatter({ title: 'x', created: 'c', updated: 'u', sources: [] })).toContain('\nsources: []\n---\n');
  });

  it('keeps a hostile title on its one line', () => {
    const block = frontMatter({ title: 'a\n---\n# b\r\nc', created: 'c', updated: 'u', sources: [] });
    expect(block.split('\n')).toHaveLength(7);
    expect(block.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });
});
