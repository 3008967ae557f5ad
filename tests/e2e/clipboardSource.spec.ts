import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';

test.use({ seedFiles: { 'pistou.txt': 'Soupe au pistou\n\nFaire revenir les haricots, ajouter le basilic.\n' } });

// What a browser puts on the clipboard when part of a news page is copied, hostile bits included.
const COPIED_HTML = `<meta charset="utf-8"><nav><a href="/">Accueil</a></nav>
<h1>Le sommet de Vladivostok</h1>
<p>Les deux dirigeants se sont <b>rencontrés</b> jeudi.<img src="x" onerror="window.__pasted = true"></p>
<script>window.__pasted = true</script>
<p><a href="javascript:window.__pasted = true">Carte</a> &lt;b&gt;non gras&lt;/b&gt;</p>`;

test('a source is made from the HTML on the clipboard, titled by the user, and the same text pasted again is recognised', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await expect(library.sources).toHaveCount(1);
  writeFileSync(join(app.dataDir, 'clipboard.html'), COPIED_HTML);
  writeFileSync(join(app.dataDir, 'clipboard.txt'), 'Accueil Le sommet de Vladivostok Les deux dirigeants…');

  await page.getByRole('button', { name: 'New source from clipboard…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New source from clipboard' });
  const title = dialog.getByRole('textbox', { name: 'Source title' });
  await expect(title).toHaveValue('Le sommet de Vladivostok');
  await expect(dialog.getByLabel('Clipboard text')).toHaveText('Le sommet de Vladivostok\n\nLes deux dirigeants se sont rencontrés jeudi.\n\nCarte <b>non gras</b>');
  // An empty title is refused in place, nothing lost.
  await title.fill('   ');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A source needs a title.');
  await title.fill('Sommet (copié)');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(library.sources).toHaveCount(2);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Sommet (copié)');
  await expect.poll(() => library.readerParagraphs()).toEqual(['Le sommet de Vladivostok', 'Les deux dirigeants se sont rencontrés jeudi.', 'Carte <b>non gras</b>']);
  // Never rendered as HTML: no element came from the page, no script or handler ran.
  await expect(library.reader.locator('.reader-text img, .reader-text b, .reader-text a')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted)).toBeUndefined();

  // The same text again: found by its hash, not added twice.
  await page.getByRole('button', { name: 'New source from clipboard…' }).click();
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('This text is already the source “Sommet (copié)”: it was not added twice.');
  await expect(library.sources).toHaveCount(2);

  // Plain text alone works too; an empty clipboard is reported.
  rmSync(join(app.dataDir, 'clipboard.html'));
  writeFileSync(join(app.dataDir, 'clipboard.txt'), 'Note de terrain\r\n\r\nLe port était fermé.');
  await page.getByRole('button', { name: 'New source from clipboard…' }).click();
  await expect(title).toHaveValue('Note de terrain');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(library.sources).toHaveCount(3);
  writeFileSync(join(app.dataDir, 'clipboard.txt'), '  \n ');
  await page.getByRole('button', { name: 'New source from clipboard…' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing to make a source of: the clipboard holds no text');
  await expect(dialog).toHaveCount(0);
});
