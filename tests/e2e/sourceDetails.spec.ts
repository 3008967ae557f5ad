import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';

test.use({
  seedFiles: {
    'figaro_june_1_1908_clean.txt': 'ASSASSINAT\nDU\nPEINTRE STEINHEIL\n\nUn crime épouvantable, un triple as-\nsassinat, a été commis à Paris dans la\nnuit de samedi à dimanche.\n',
    'pyongyang.txt': 'Kim reçoit une délégation\n\nPyongyang, 13 septembre 2023 – Le dirigeant a reçu hier une délégation russe.\n',
  },
});

test('an undated source is offered the date its file name holds, and its outlet, authors and URL are edited in the reader', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.open('ASSASSINAT');
  const offer = library.reader.getByRole('note', { name: 'Suggested source date' });
  await expect(offer).toContainText('1 June 1908');
  await expect(offer).toContainText('figaro_june_1_1908_clean.txt');
  // Nothing is applied until the user says so.
  await expect(library.source('ASSASSINAT')).toContainText('Date unknown');
  await offer.getByRole('button', { name: 'Use this date' }).click();
  await expect(library.source('ASSASSINAT')).toContainText('1 June 1908');
  await expect(offer).toHaveCount(0);

  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  const form = library.reader.getByRole('form', { name: 'Edit source details' });
  await form.getByRole('textbox', { name: 'Outlet' }).fill('Le Figaro');
  await form.getByRole('textbox', { name: 'Authors' }).fill('Gaston Calmette; Rédaction');
  await form.getByRole('textbox', { name: 'URL' }).fill('gallica.bnf.fr');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('not a web address');
  await form.getByRole('textbox', { name: 'URL' }).fill('https://gallica.bnf.fr/ark:/12148/bpt6k2874784');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(library.reader.getByText('Le Figaro · Gaston Calmette, Rédaction · https://gallica.bnf.fr/ark:/12148/bpt6k2874784', { exact: true })).toBeVisible();
});

test('a dateline’s date is offered, with the words it rests on, in the source form too', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open('Kim reçoit une délégation');
  await expect(library.reader.getByRole('note', { name: 'Suggested source date' })).toContainText('13 September 2023');
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  const form = library.reader.getByRole('form', { name: 'Edit source details' });
  const suggestions = form.getByRole('list', { name: 'Suggested dates' });
  await expect(suggestions).toContainText('Dateline “Pyongyang, 13 septembre 2023”');
  await suggestions.getByRole('button', { name: /^Use 13 September 2023/ }).click();
  await expect(form.getByRole('textbox', { name: 'Source date' })).toHaveValue('2023-09-13');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(library.source('Kim reçoit une délégation')).toContainText('13 September 2023');
});
