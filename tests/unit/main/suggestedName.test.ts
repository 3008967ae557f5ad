import { describe, expect, it } from 'vitest';
import { sanitizeSuggestedName } from '../../../main/services/suggestedName';

describe('sanitizeSuggestedName keeps a save dialog’s default name a plain file name', () => {
  const rows: Array<{ name: string; input: string; extensions: string[]; expected: string }> = [
    { name: 'keeps an ordinary backup name', input: 'verbatim-backup-2026-11-30.json', extensions: ['json'], expected: 'verbatim-backup-2026-11-30.json' },
    { name: 'keeps the second allowed extension', input: 'verbatim-annotations.jsonld', extensions: ['jsonld', 'json'], expected: 'verbatim-annotations.jsonld' },
    { name: 'drops an absolute path', input: '/etc/passwd', extensions: ['csv'], expected: 'passwd.csv' },
    { name: 'drops a home-relative dot file', input: '~/.bashrc', extensions: ['json'], expected: 'bashrc.json' },
    { name: 'drops a Windows path with traversal', input: '..\\..\\Windows\\System32\\drivers\\etc\\hosts', extensions: ['csv'], expected: 'hosts.csv' },
    { name: 'removes NUL bytes', input: 'notes\u0000.exe', extensions: ['csv'], expected: 'notes .exe.csv' },
    { name: 'replaces a wrong extension’s meaning by appending the right one', input: 'run.bat', extensions: ['csv'], expected: 'run.bat.csv' },
    { name: 'renames a Windows device name', input: 'CON.csv', extensions: ['csv'], expected: 'CON_.csv' },
    { name: 'names an empty result', input: '../', extensions: ['json'], expected: 'Untitled.json' },
    { name: 'matches the extension case-insensitively', input: 'Passages.CSV', extensions: ['csv'], expected: 'Passages.csv' },
  ];
  for (const row of rows) it(row.name, () => expect(sanitizeSuggestedName(row.input, row.extensions)).toBe(row.expected));
});
