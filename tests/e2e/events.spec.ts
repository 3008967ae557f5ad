import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { addToEvent, newEventFrom, showAddedEvent } from './support/events';

const ESSENTIEL = /^l’essentiel/;
const JAKARTA = /^JAKARTA/;
const TRAITE = /^Les pays ont signé/;
const MEETING = 'Rencontre Choe–Lavrov à Moscou';

test('the 1 November 2024 Moscow meeting is attested by three sources, and cited in a note', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  await newEventFrom(app.page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', MEETING, '2024-11-01');
  const detail = app.page.getByRole('region', { name: 'Event details' });
  await expect(detail.getByLabel('Attesting sources')).toHaveText('1 source');
  await expect(detail).toContainText('1er novembre 2024');

  await library.open(JAKARTA);
  await addToEvent(app.page, 'un dialogue stratégique tenu à Moscou vendredi (heure locale)', MEETING, 'attributes', 'KCNA');
  await library.open(TRAITE);
  await addToEvent(app.page, 'S’exprimant vendredi lors d’une réunion avec son homologue russe Sergueï Lavrov à Moscou', MEETING, 'confirms');
  await showAddedEvent(app.page);

  await expect(detail.getByLabel('Attesting sources')).toHaveText('3 sources');
  await expect(detail.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(3);
  await expect(detail.getByText('Contested')).toHaveCount(0);

  // Cite the event in a note, then follow the chip back to the event and on to a passage.
  const notes = new NotesPage(app.page);
  await notes.create('Chronologie');
  await app.page.getByRole('button', { name: 'Events' }).click();
  await app.page.getByRole('list', { name: 'Event list' }).getByRole('button', { name: new RegExp(MEETING) }).click();
  await detail.getByRole('button', { name: 'Cite event in note' }).click();
  const chip = notes.panel.getByRole('button', { name: `Event: ${MEETING}, 1er novembre 2024` });
  await expect(chip).toBeVisible();
  await app.page.getByRole('button', { name: 'Reader' }).click();
  await chip.click();
  await expect(app.page.getByRole('main', { name: 'Events' })).toBeVisible();
  await expect(detail.getByRole('textbox', { name: 'Title' })).toHaveValue(MEETING);
  await detail.getByRole('button', { name: /S’exprimant vendredi/ }).click();
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText(/^Les pays ont signé/);
  await expect(library.reader.locator('mark.flash')).toContainText('S’exprimant vendredi');
});

test('the troop deployment, confirmed by one source and denied by another, is marked contested', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  await newEventFrom(app.page, 'sur les 10 000 soldats nord-coréens qui, selon Washington, sont entrés en Russie', 'Déploiement de soldats nord-coréens en Russie', '2024-10');
  await library.open(JAKARTA);
  await addToEvent(app.page, 'Les États-Unis disent qu’environ 10 000 soldats nord-coréens sont en Russie', 'Déploiement', 'confirms', 'Washington');
  await showAddedEvent(app.page);
  const detail = app.page.getByRole('region', { name: 'Event details' });
  await expect(detail.getByText('Contested')).toHaveCount(0);
  await library.open(TRAITE);
  await addToEvent(app.page, 'La Corée du Nord a nié ces allégations', 'Déploiement', 'denies', 'Pyongyang');
  await showAddedEvent(app.page);
  await expect(detail.getByText('Contested')).toBeVisible();
  await expect(detail.getByLabel('Attesting sources')).toHaveText('2 sources');
  await expect(app.page.getByRole('list', { name: 'Event list' })).toContainText('contested');
  // An impossible date is refused with a message, and the stored date stays.
  await detail.getByRole('textbox', { name: /^Date/ }).fill('2024-13');
  await expect(detail.getByRole('alert')).toContainText('Not a date');
  await expect(detail).toContainText('octobre 2024');
});

test('dates are suggested from the text with what they rest on, and the 31/8 conflict is shown', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(JAKARTA);
  // The seed carries no date: the researcher gives it the one a careful reader infers.
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  await library.reader.getByRole('textbox', { name: 'Source date' }).fill('2024-11-02');
  await library.reader.getByRole('button', { name: 'Save' }).click();
  await expect(library.source(JAKARTA)).toContainText('2 November 2024');

  await newEventFrom(app.page, 'le lancement d’un missile balistique intercontinental (ICBM) par la Corée du Nord jeudi (31/8)', 'Tir de l’ICBM nord-coréen', '');
  const suggestions = app.page.getByRole('region', { name: 'Date suggestions' });
  await expect(suggestions.getByRole('note').first()).toContainText('31/8/2024 is a samedi, not a jeudi');
  await expect(suggestions.getByRole('listitem').filter({ hasText: '→ 31 août 2024' })).toBeVisible();
  await suggestions.getByRole('button', { name: /^Use 31 octobre 2024/ }).click();
  const detail = app.page.getByRole('region', { name: 'Event details' });
  await expect(detail).toContainText('Saved date: 31 octobre 2024');
  await expect(app.page.getByRole('list', { name: 'Event list' })).toContainText('31 octobre 2024');
});
