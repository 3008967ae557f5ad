import type { Page } from '@playwright/test';

/** One generated source: what a 4 KB article looks like to the library. */
export interface BulkSource {
  readonly fileName: string;
  readonly title: string;
  readonly text: string;
}

/** `source-00001.txt` … : numbered so that file-name order is number order (after the seeds' `0…` names). */
export function numberedSources(count: number, from = 1): BulkSource[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(from + i).padStart(5, '0');
    const title = `Source générée n° ${n}`;
    return { fileName: `source-${n}.txt`, title, text: `${title}\n\nPremier paragraphe de la source ${n}, daté du ${1 + (i % 28)} mars 1908.\n\nDeuxième paragraphe : la rue de Vaugirard, l’impasse Ronsin.\n` };
  });
}

/**
 * Writes sources straight into the page's IndexedDB, 500 to a transaction, each with its version and
 * the change-log line the app's own Dexie writes leave for the search index. The app does not see
 * them until it reloads (Dexie's live queries only watch Dexie's writes).
 */
export async function insertSources(page: Page, sources: readonly BulkSource[]): Promise<void> {
  for (let at = 0; at < sources.length; at += 500) {
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('verbatim');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['sources', 'versions', 'searchChanges'], 'readwrite');
            const now = new Date().toISOString();
            for (const s of batch) {
              const id = `bulk-${s.fileName}`;
              const hash = Array.from(s.fileName.padEnd(32, '-'), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('').slice(0, 64);
              tx.objectStore('versions').put({ hash, sourceId: id, text: s.text, importedAt: now, byteSize: s.text.length, encoding: 'utf-8', origin: 'files' });
              tx.objectStore('sources').put({ id, fileName: s.fileName, title: s.title, language: 'fr', date: null, byteSize: s.text.length, hash, importedAt: now, updatedAt: now });
              tx.objectStore('searchChanges').add({ table: 'sources', key: id });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      sources.slice(at, at + 500),
    );
  }
}
