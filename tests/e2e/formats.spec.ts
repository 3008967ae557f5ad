import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { REPO } from './support/app';
import { selectWithMouse } from './support/reader';

const FIXTURES = join(REPO, 'tests/fixtures/formats');
const STEINHEIL = join(REPO, '../shared/corpora/steinheil-1908');

// Written by hand from the fixtures (see tests/fixtures/formats/make*.ts and news-page.html).
const PDF_PARAGRAPHS = [
  'Rapport du commissaire Hamard',
  'Le 31 mai 1908, à six heures du matin, le valet de chambre\na trouvé M. Steinheil et Mme Japy sans vie.',
  'Mme Steinheil était attachée sur son lit.',
  'Constatations',
  'Aucune trace d’effraction n’a été relevée.',
];

test('the Steinheil texts, a web page, a PDF and a Word file import in one go; a broken PDF is reported and the rest imports', async ({ app }) => {
  test.skip(!existsSync(STEINHEIL), `The Steinheil corpus is absent (${STEINHEIL}): nothing to import.`);
  // A limit for a hang, not a speed check: eight files through pdf.js, mammoth and Readability, then
  // each one read, took over 120 s on the 2-core machine running two CI runs at once.
  test.setTimeout(300_000);
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  const texts = readdirSync(STEINHEIL).filter((name) => name.endsWith('.txt')).sort();
  expect(texts).toHaveLength(4);
  const paths = [...texts.map((name) => join(STEINHEIL, name))];
  for (const name of ['news-page.html', 'two-pages.pdf', 'report.docx']) {
    copyFileSync(join(FIXTURES, name), join(app.dataDir, name));
    paths.push(join(app.dataDir, name));
  }
  writeFileSync(join(app.dataDir, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is where the file was cut');
  paths.push(join(app.dataDir, 'broken.pdf'));
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${paths.join('\n')}\n`);

  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(library.report).toContainText('Imported files: 7 imported, 0 updated, 0 unchanged, 1 failed.', { timeout: 60_000 });
  await expect(library.report).toContainText('broken.pdf: not imported — the file is not a readable PDF (it is damaged or not a PDF).');
  await expect(library.report).toContainText('two-pages.pdf: new source “Rapport du commissaire Hamard” — read as a PDF.');
  await expect(library.report).toContainText('report.docx: new source “Chronologie de l’affaire” — read as a Word document.');
  await expect(library.report).toContainText('news-page.html: new source “Le procès Steinheil s’ouvre à Paris” — read as a web page (UTF-8).');
  await expect(library.sources).toHaveCount(12);

  // The web page comes with its metadata: date, site, authors, canonical address.
  await expect(library.source('Le procès Steinheil s’ouvre à Paris')).toContainText('3 November 1909');
  await library.open('Le procès Steinheil s’ouvre à Paris');
  await expect(library.reader.locator('.source-citation')).toHaveText('La Gazette du Soir · Marie Lefort, Paul Besnard · https://gazette.example/2024/11/proces-steinheil');
  const page = await library.readerParagraphs();
  expect(page.slice(0, 3)).toEqual([
    'Le procès Steinheil s’ouvre à Paris',
    'Par Marie Lefort et Paul Besnard, le 3 novembre 1909',
    'La cour d’assises de la Seine a ouvert ce matin le procès de Mme Marguerite Steinheil, accusée du double meurtre de l’impasse Ronsin, où son mari, le peintre Adolphe Steinheil, et sa mère, Mme Japy, furent trouvés morts le 31 mai 1908.',
  ]);
  expect(page.join('\n')).not.toMatch(/Politique|Publicité|Les plus lus|Mentions légales|tracked|alert/);

  // The PDF reads as its text, page 2 after page 1.
  await library.open('Rapport du commissaire Hamard');
  await expect(library.reader.locator('.source-citation')).toHaveText('Commissaire Hamard');
  await expect.poll(() => library.readerParagraphs()).toEqual(PDF_PARAGRAPHS);
  await expect(library.reader.locator('.reader-text > p[data-page]')).toHaveText(['Constatations']);
  await expect(library.reader.locator('.reader-text > p[data-page]')).toHaveAttribute('data-page', '2');
  await expect(library.reader).toContainText('read from a PDF (2 pages)');
  // A passage cut in the PDF says its page (the fixture's second page starts at « Constatations »).
  await selectWithMouse(app.page, 'Aucune trace d’effraction');
  await app.page.keyboard.press('h');
  const details = app.page.getByRole('region', { name: 'Passage details' });
  await expect(details.locator('.passage-page')).toHaveText('p. 2');
  await selectWithMouse(app.page, 'attachée sur son lit');
  await app.page.keyboard.press('h');
  await expect(details.locator('.passage-page')).toHaveText('p. 1');

  // The Word file: its headings and paragraphs.
  await library.open('Chronologie de l’affaire');
  await expect.poll(() => library.readerParagraphs()).toEqual([
    'Chronologie de l’affaire Steinheil',
    'Mai 1908',
    'Le 31 mai, double meurtre impasse Ronsin.',
    'Novembre 1908',
    'Arrestation de Marguerite Steinheil.',
    'Les suites',
    '- instruction confiée au juge André ;\n- procès en novembre 1909.',
  ]);

  // The four newspaper texts are there, under their first lines.
  for (const title of ['ASSASSINAT', 'LE DRAME', 'TRIPLE ASSASSINAT A VAUGIRARD', 'L\'ACCUSATRICE EST ACCUSÉE']) {
    await expect(library.source(new RegExp(`^${title}`))).toHaveCount(1);
  }
});

test('files dropped on the window are imported, a file too large for its format refused without being read', async ({ app }) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  const pdf = [...readFileSync(join(FIXTURES, 'two-pages.pdf'))];
  const html = readFileSync(join(FIXTURES, 'news-page.html'), 'utf8');
  const markdown = readFileSync(join(FIXTURES, 'field-notes.md'), 'utf8');

  // A real drop: a DataTransfer built in the page, carried by drag events on the reader.
  const target = library.reader;
  const dataTransfer = await app.page.evaluateHandle(
    ({ pdf, html, markdown }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(pdf)], 'two-pages.pdf', { type: 'application/pdf' }));
      dt.items.add(new File([html], 'news-page.html', { type: 'text/html' }));
      dt.items.add(new File([markdown], 'field-notes.md', { type: 'text/markdown' }));
      // 17 MB of text: over the 16 MB limit for text, refused from its size.
      dt.items.add(new File([new Uint8Array(17 * 1024 * 1024).fill(0x61)], 'huge.txt', { type: 'text/plain' }));
      return dt;
    },
    { pdf, html, markdown },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(app.page.getByRole('status', { name: 'Drop files to import' })).toContainText('Drop files or a folder to import them');
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(app.page.getByRole('status', { name: 'Drop files to import' })).toHaveCount(0);

  // The first PDF loads pdf.js in main: on a loaded machine that takes a while.
  await expect(library.report).toContainText('Imported files: 3 imported, 0 updated, 0 unchanged, 1 failed.', { timeout: 60_000 });
  await expect(library.report).toContainText('huge.txt: not imported — the file is too large (17 MB; the limit for text files is 16 MB).');
  await expect(library.sources).toHaveCount(8);
  await library.open('Rapport du commissaire Hamard');
  await expect.poll(() => library.readerParagraphs()).toEqual(PDF_PARAGRAPHS);
  await expect(library.source('Le procès Steinheil s’ouvre à Paris')).toContainText('3 November 1909');
  // Markdown is shown as written, its headings and quotes lightly styled.
  await library.open('Notes de terrain : impasse Ronsin');
  await expect(library.reader.locator('.reader-text > p.md-h1')).toHaveText('# Notes de terrain : impasse Ronsin');
  await expect(library.reader.locator('.reader-text > p.md-quote')).toHaveText('> « Rien n’indique une effraction », note l’inspecteur.');

  // The same files dropped again are recognised by their text: nothing is stored twice.
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(library.report.locator('li.report').first()).toContainText('Imported files: 0 imported, 0 updated, 3 unchanged, 1 failed.', { timeout: 30_000 });
  await expect(library.sources).toHaveCount(8);
});
