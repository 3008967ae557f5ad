import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeNoteFileName } from '@common/export/safeFileName';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeNoteFileName', () => {
  const rows: Array<{ name: string; title: string; taken?: string[]; expected: string }> = [
    { name: 'keeps an ordinary French title', title: 'Analyse : Choe à Moscou', expected: 'Analyse Choe à Moscou.md' },
    { name: 'renames a reserved Windows name', title: 'CON', expected: 'CON_.md' },
    { name: 'renames a reserved name in any case', title: 'con', expected: 'con_.md' },
    { name: 'renames a reserved name that has an extension', title: 'CON.md', expected: 'CON_.md.md' },
    { name: 'renames a reserved name followed by spaces and a dot', title: 'nul .txt', expected: 'nul_.txt.md' },
    { name: 'renames every reserved device', title: 'Lpt1', expected: 'Lpt1_.md' },
    { name: 'renames a reserved device with a superscript digit', title: 'COM¹', expected: 'COM¹_.md' },
    { name: 'leaves a name that merely starts like a device', title: 'Console', expected: 'Console.md' },
    { name: 'cannot climb out of the folder', title: 'a/../b', expected: 'a .. b.md' },
    { name: 'cannot name a parent folder', title: '..', expected: 'Untitled.md' },
    { name: 'cannot be an absolute path', title: '/etc/passwd', expected: 'etc passwd.md' },
    { name: 'cannot be a Windows path', title: 'C:\\Windows\\win.ini', expected: 'C Windows win.ini.md' },
    { name: 'replaces every character Windows refuses', title: 'a<b>c:d"e|f?g*h', expected: 'a b c d e f g h.md' },
    { name: 'drops control characters', title: 'a\u0000b\tc\u007fd\u0085e', expected: 'a b c d e.md' },
    { name: 'drops bidirectional controls that disguise a name', title: 'note\u202Edm.exe', expected: 'note dm.exe.md' },
    { name: 'trims trailing dots and spaces', title: 'Fin... ', expected: 'Fin.md' },
    { name: 'does not make a hidden file', title: '.bashrc', expected: 'bashrc.md' },
    { name: 'names an empty title', title: '', expected: 'Untitled.md' },
    { name: 'names a title of spaces and illegal characters', title: ' ?* / ', expected: 'Untitled.md' },
    { name: 'keeps emoji whole', title: '😀 Note 🇫🇷', expected: '😀 Note 🇫🇷.md' },
    { name: 'drops a lone surrogate', title: 'a\ud800b', expected: 'ab.md' },
    { name: 'composes decomposed accents', title: 'Core\u0301e', expected: 'Corée.md' },
    { name: 'does not take a name already in the folder', title: 'Note', taken: ['Note.md'], expected: 'Note (2).md' },
    { name: 'compares with names in the folder ignoring case', title: 'note', taken: ['NOTE.MD'], expected: 'note (2).md' },
    { name: 'compares with decomposed names as macOS stores them', title: 'Corée', taken: ['Core\u0301e.md'], expected: 'Corée (2).md' },
    { name: 'counts on past several taken names', title: 'Note', taken: ['note.md', 'note (2).md'], expected: 'Note (3).md' },
  ];
  for (const r of rows) {
    it(r.name, () => expect(safeNoteFileName(r.title, new Set(r.taken ?? []))).toBe(r.expected));
  }

  it('cuts a 300-character title to the byte limit without splitting a character', () => {
    const name = safeNoteFileName('é😀x'.repeat(100), new Set());
    const stem = name.replace(/\.md$/, '');
    expect(bytes(stem)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(stem)).toBeGreaterThan(MAX_NAME_BYTES - 4);
    expect(stem).toMatch(/^(é😀x)+(é😀?)?$/u);
    expect(stem).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('keeps a long duplicate within the limit, suffix included', () => {
    const taken = new Set<string>();
    const title = 'a'.repeat(300);
    safeNoteFileName(title, taken);
    const second = safeNoteFileName(title, taken);
    expect(second).toMatch(/^a+ \(2\)\.md$/);
    expect(bytes(second.replace(/\.md$/, ''))).toBe(MAX_NAME_BYTES);
  });

  it('does not end a cut name with a space or a dot', () => {
    const name = safeNoteFileName(`${'a'.repeat(MAX_NAME_BYTES - 1)} b`, new Set());
    expect(name).toBe(`${'a'.repeat(MAX_NAME_BYTES - 1)}.md`);
  });

  it('gives notes with the same title different files, and remembers them', () => {
    const taken = new Set<string>(['Analyse.md']);
    const names = ['Analyse', 'analyse', 'ANALYSE', 'Analyse'].map((t) => safeNoteFileName(t, taken));
    expect(names).toEqual(['Analyse (2).md', 'analyse (3).md', 'ANALYSE (4).md', 'Analyse (5).md']);
    expect(taken.size).toBe(5);
  });
});
