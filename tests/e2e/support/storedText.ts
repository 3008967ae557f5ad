import { readFileSync } from 'node:fs';

/**
 * What the reader must show for a seed file: the file's text with line endings made LF and
 * Unicode NFC (the stored form), one paragraph per non-blank line (the seeds are web articles,
 * a paragraph a line). Written out here rather than imported from the app, so a bug in the app's
 * own normalization cannot hide itself.
 */
export function expectedLineParagraphs(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** The same for hard-wrapped text: paragraphs are the blocks between blank-line runs. */
export function expectedBlockParagraphs(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  return text
    .split(/\n(?:[ \t\u00a0]*\n)+/)
    .map((block) => block.replace(/^(?:[ \t\u00a0]*\n)+/, '').replace(/(?:\n[ \t\u00a0]*)+$/, ''))
    .filter((block) => block.trim() !== '');
}

/** Counts rows in a table of the app's real IndexedDB, straight from the page. */
export const COUNT_ROWS = (table: string) =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('verbatim');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(table, 'readonly').objectStore(table).count();
      request.onsuccess = () => {
        resolve(request.result);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
