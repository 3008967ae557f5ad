/**
 * The folder part of a path as the user wrote it (`/home/me/b/article.txt` → `/home/me/b`), for
 * telling apart files with the same name. Both separators count: a path may come from Windows.
 */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '';
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}
