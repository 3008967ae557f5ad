import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';

test.use({ seedFiles: { 'maire.txt': 'Démission du maire\n\nLe maire a présenté sa démission au préfet hier soir.\n' } });

test('the source form edits every detail, the researcher’s notes included, and the reader shows them', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open('Démission du maire');
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  let form = library.reader.getByRole('form', { name: 'Edit source details' });
  await form.getByRole('textbox', { name: 'Source title' }).fill('Le maire démissionne');
  await form.getByRole('textbox', { name: 'Source date' }).fill('2024-11');
  await form.getByRole('textbox', { name: 'Source language' }).fill('fr');
  await form.getByRole('textbox', { name: 'Outlet' }).fill('Ouest-France');
  await form.getByRole('textbox', { name: 'Authors' }).fill('Jean Dupont; AFP');
  await form.getByRole('textbox', { name: 'URL' }).fill('https://www.ouest-france.fr/maire');
  await form.getByRole('textbox', { name: 'Source notes' }).fill('Lu sur microfilm.\nÀ recouper avec Le Figaro.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);

  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Le maire démissionne');
  await expect(library.source('Le maire démissionne')).toContainText('November 2024');
  await expect(library.reader.getByText('Ouest-France · Jean Dupont, AFP · https://www.ouest-france.fr/maire', { exact: true })).toBeVisible();
  await expect(library.reader.getByLabel('Notes on this source')).toHaveText('Lu sur microfilm.\nÀ recouper avec Le Figaro.');

  // The form opens again on what was saved; emptying the notes removes them.
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  form = library.reader.getByRole('form', { name: 'Edit source details' });
  await expect(form.getByRole('textbox', { name: 'Source notes' })).toHaveValue('Lu sur microfilm.\nÀ recouper avec Le Figaro.');
  await expect(form.getByRole('textbox', { name: 'Source date' })).toHaveValue('2024-11');
  await form.getByRole('textbox', { name: 'Source notes' }).fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(library.reader.getByLabel('Notes on this source')).toHaveCount(0);
});
