import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeNoteFileName } from '@common/export/safeFileName';

describe('safeNoteFileName', () => {
  const rows: Array<{ name: string; title: string; taken?: string[]; expected: string | RegExp }> = [
    { name: 'keeps an ordinary French title', title: 'Analyse : Choe à Moscou', expected: 'Analyse Choe à Moscou.md' },
    { name: 'renames a reserved Windows name', title: 'CON', expected: 'CON_.md' },
    { name: 'renames a reserved name with an extension', title: 'con.md', expected: 'con.md_.md' },
    { name: 'renames reserved names in any case', title: 'Lpt1', expected: 'Lpt1_.md' },
    { name: 'cannot climb out of the folder', title: 'a/../b', expected: 'a .. b.md' },
    { name: 'drops a title made of dots', title: '..', expected: 'Untitled.md' },
    { name: 'replaces illegal characters', title: 'a<b>c:d"e|f?g*h\\i', expected: 'a b c d e f g h i.md' },
    { name: 'drops control characters', title: 'a\u0000b\tc', expected: 'a b c.md' },
    { name: 'trims trailing dots and spaces', title: 'Fin... ', expected: 'Fin.md' },
    { name: 'names an empty title', title: '   ', expected: 'Untitled.md' },
    { name: 'keeps emoji whole', title: '😀 Note', expected: '😀 Note.md' },
    { name: 'does not overwrite a taken name', title: 'Note', taken: ['note.md'], expected: 'Note (2).md' },
    { name: 'counts on past several taken names', title: 'Note', taken: ['note.md', 'note (2).md'], expected: 'Note (3).md' },
  ];
  for (const r of rows) {
    it(r.name, () => expect(safeNoteFileName(r.title, new Set(r.taken ?? []))).toBe(r.expected));
  }

  it('cuts a 300-character title to the byte limit without splitting a character', () => {
    const name = safeNoteFileName('é😀'.repeat(100), new Set());
    expect(new TextEncoder().encode(name.replace(/\.md$/, '')).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).not.toMatch(/\uFFFD/);
    expect([...name.replace(/\.md$/, '')].every((ch) => ch === 'é' || ch === '😀')).toBe(true);
  });

  it('gives two notes with the same title two files', () => {
    const taken = new Set<string>();
    expect([safeNoteFileName('Même titre', taken), safeNoteFileName('même titre', taken)]).toEqual(['Même titre.md', 'même titre (2).md']);
  });
});
