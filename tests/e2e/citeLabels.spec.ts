import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse } from './support/reader';

const QUOTED = 'Le maire a présenté sa démission au préfet';
const CITED = 'Le conseil municipal se réunira lundi';

test.use({
  seedFiles: {
    'maire.txt': `Démission du maire\n\n${QUOTED} hier soir. ${CITED} pour élire son successeur.\n`,
    // Two letters with the same title: the cite picker and the passages list must tell them apart.
    'lettre-a.txt': 'Lettre\n\nJe vous écris de Paris, où tout est calme.\n',
    'lettre-b.txt': 'Lettre\n\nJe vous écris de Lyon, où rien ne bouge.\n',
  },
});

test('a quote and a citation in an open note follow the source as it is renamed and given an outlet and a date', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  const notes = new NotesPage(page);
  await notes.create('Revue de presse');

  await library.open('Démission du maire');
  await selectWithMouse(page, QUOTED);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Quote in note' }).click();
  await expect(notes.panel.getByRole('button', { name: 'Open source: Démission du maire' })).toBeVisible();
  // Once the note is saved the reader lists it as citing the source, moving the text down: select after.
  await expect(library.reader.getByRole('navigation', { name: 'Notes citing this source' })).toBeVisible();

  await selectWithMouse(page, CITED);
  await page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(2);
  // Highlighting shows the passage's details; the note is one tab away.
  await page.getByRole('tab', { name: 'Note' }).click();
  await notes.caretToEnd();
  await page.keyboard.type('Selon la presse, /cite conseil');
  await page.getByRole('listbox', { name: 'Passages to cite' }).getByRole('option', { name: /conseil municipal/ }).click();
  await expect(notes.panel.getByRole('button', { name: 'Citation: Démission du maire' })).toBeVisible();
  await notes.waitSaved('passage-citation');

  // Rename only: both chips take the new title.
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  let form = library.reader.getByRole('form', { name: 'Edit source details' });
  await form.getByRole('textbox', { name: 'Source title' }).fill('Le maire s’en va');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(notes.panel.getByRole('button', { name: 'Open source: Le maire s’en va' })).toBeVisible();
  await expect(notes.panel.getByRole('button', { name: 'Citation: Le maire s’en va' })).toBeVisible();

  // An outlet and a date: the source is now cited as a newspaper is.
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  form = library.reader.getByRole('form', { name: 'Edit source details' });
  await form.getByRole('textbox', { name: 'Outlet' }).fill('Ouest-France');
  await form.getByRole('textbox', { name: 'Source date' }).fill('2024-11-01');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(notes.panel.getByRole('button', { name: 'Open source: Ouest-France, 1 Nov 2024' })).toHaveText('Ouest-France, 1 Nov 2024');
  await expect(notes.panel.getByRole('button', { name: 'Citation: Ouest-France, 1 Nov 2024' })).toBeVisible();
  await expect(notes.panel.getByRole('button', { name: /Le maire s’en va|Démission du maire/ })).toHaveCount(0);

  // The same label after a restart: it is read from the library, not from the saved note.
  const again = await app.restart();
  await expect(new NotesPage(again).panel.getByRole('button', { name: 'Citation: Ouest-France, 1 Nov 2024' })).toBeVisible();
});

test('two sources with the same title are told apart by file name in the cite picker', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  const notes = new NotesPage(page);
  await library.sources.filter({ hasText: 'Lettre' }).first().click();
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Lettre');
  await expect.poll(async () => (await library.readerParagraphs()).join(' ')).toMatch(/Paris|Lyon/);
  // Which of the two opened first does not matter: each city is in one known file.
  const city = (await library.readerParagraphs()).join(' ').includes('Paris') ? 'Paris' : 'Lyon';
  const fileName = city === 'Paris' ? 'lettre-a.txt' : 'lettre-b.txt';
  await selectWithMouse(page, `Je vous écris de ${city}`);
  await page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);
  await notes.create('Lettres');
  await notes.text.click();
  await page.keyboard.type(`/cite ${city}`);
  const option = page.getByRole('listbox', { name: 'Passages to cite' }).getByRole('option', { name: new RegExp(`Je vous écris de ${city}`) });
  await expect(option).toContainText(`Lettre (${fileName})`);
  await option.click();
  await expect(notes.panel.getByRole('button', { name: `Citation: Lettre (${fileName})` })).toBeVisible();
});
