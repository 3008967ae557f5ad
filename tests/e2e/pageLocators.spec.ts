import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { selectWithMouse } from './support/reader';

test.use({ seedFiles: { 'pistou.txt': 'Soupe au pistou\n\nFaire revenir les haricots, ajouter le basilic.\n' } });

// A two-page PDF as the PDF extractor stores it (written by hand): its text, and where each page begins.
const PAGE_1 = 'Rapport annuel\n\nLe port de Rajin a reçu douze navires.\n';
const PAGE_2 = 'Les exportations de charbon ont repris en mars.\n';

test('a passage of a paged source says its page in the reader and the passages list', async ({ app }) => {
  let page = app.page;
  const library = new LibraryPage(page);
  await expect(library.sources).toHaveCount(1);
  // Rows written straight into the app's IndexedDB, as an import of report.pdf would leave them.
  await page.evaluate(
    async ({ text, starts }) => {
      const bytes = new TextEncoder().encode(text);
      const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
      const at = new Date().toISOString();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'versions'], 'readwrite');
          tx.objectStore('sources').add({ id: 'pdf-source', fileName: 'report.pdf', path: '/docs/report.pdf', title: 'Rapport annuel', language: 'fr', date: null, byteSize: 9000, hash, importedAt: at, updatedAt: at });
          tx.objectStore('versions').add({ hash, sourceId: 'pdf-source', text, importedAt: at, format: 'pdf', pageStarts: starts, path: '/docs/report.pdf', byteSize: 9000 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { text: PAGE_1 + PAGE_2, starts: [0, PAGE_1.length] },
  );
  await page.reload();
  page = app.page;
  await library.open('Rapport annuel');

  await selectWithMouse(page, 'charbon ont repris');
  await page.keyboard.press('h');
  const details = page.getByRole('region', { name: 'Passage details' });
  await expect(details.locator('.passage-page')).toHaveText('p. 2');

  await selectWithMouse(page, 'douze navires');
  await page.keyboard.press('h');
  await expect(details.locator('.passage-page')).toHaveText('p. 1');

  await page.getByRole('button', { name: 'All passages' }).click();
  const passages = page.getByRole('list', { name: 'Passages' }).getByRole('listitem');
  await expect(passages.filter({ hasText: 'charbon ont repris' })).toContainText('p. 2');
  await expect(passages.filter({ hasText: 'douze navires' })).toContainText('p. 1');
});
