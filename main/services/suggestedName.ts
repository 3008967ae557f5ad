import { safeNoteFileName } from '@common/export/safeFileName';

/**
 * The default file name offered by a save dialog, from a name the renderer suggested. The renderer is
 * not trusted to choose where a file goes: `/etc/passwd`, `~/.bashrc`, `..\\boot.ini` or a name with NUL
 * bytes must not reach the dialog's default path. Only the last path segment is kept, cleaned exactly
 * as exported note names are (Windows-reserved names, control and bidi characters, leading dots,
 * length), and it always ends with one of the filter's extensions.
 */
export function sanitizeSuggestedName(suggested: string, extensions: readonly string[]): string {
  const last = suggested.split(/[\\/]/).pop() ?? '';
  const wanted = extensions[0] ?? 'txt';
  const dot = last.lastIndexOf('.');
  const ext = dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
  const keepExt = extensions.some((e) => e.toLowerCase() === ext) ? ext : wanted;
  const stem = extensions.some((e) => e.toLowerCase() === ext) ? last.slice(0, dot) : last;
  // safeNoteFileName cleans a title and adds ".md"; swap in the extension this file really has.
  return safeNoteFileName(stem, new Set()).replace(/\.md$/, `.${keepExt}`);
}
