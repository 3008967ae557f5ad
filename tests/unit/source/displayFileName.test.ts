import { describe, expect, it } from 'vitest';
import { displayFileName, MAX_DISPLAY_NAME } from '@common/source/displayFileName';

describe('displayFileName', () => {
  const rows: Array<{ name: string; input: string; expected: string }> = [
    { name: 'a plain name is kept', input: 'Rapport 2024.pdf', expected: 'Rapport 2024.pdf' },
    { name: 'control characters are removed', input: 'a\u0007b\nc\u0000.txt', expected: 'abc.txt' },
    { name: 'a right-to-left override cannot disguise the extension', input: 'facture\u202Efdp.exe', expected: 'facturefdp.exe' },
    { name: 'isolates and marks are removed too', input: '\u2067x\u2069\u200F.md', expected: 'x.md' },
    { name: 'white space runs become one space', input: '  un \t deux .txt ', expected: 'un deux .txt' },
    { name: 'emoji with joiners are kept', input: '👩‍🔬 notes.md', expected: '👩‍🔬 notes.md' },
    { name: 'a name of only controls is untitled', input: '\u202E\u0001', expected: 'untitled' },
  ];
  for (const row of rows) it(row.name, () => expect(displayFileName(row.input)).toBe(row.expected));

  it('cuts a very long name, keeping its extension', () => {
    const cut = displayFileName(`${'é'.repeat(300)}.pdf`);
    expect(Array.from(cut)).toHaveLength(MAX_DISPLAY_NAME);
    expect(cut).toBe(`${'é'.repeat(MAX_DISPLAY_NAME - 5)}….pdf`);
  });
});
