import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { addToEvent, newEventFrom } from './support/events';
import { selectWithMouse } from './support/reader';

const ESSENTIEL = /^l’essentiel/;
const JAKARTA = /^JAKARTA/;
const TRAITE = /^Les pays ont signé/;
const MEETING = 'Rencontre Choe–Lavrov à Moscou';

test('Add to event… keeps the reader open, and the next time starts with the event last used', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.open(ESSENTIEL);
  await newEventFrom(page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', MEETING, '2024-11-01');
  await library.open(ESSENTIEL);
  await newEventFrom(page, 'sur les 10 000 soldats nord-coréens qui, selon Washington, sont entrés en Russie', 'Déploiement de soldats', '2024-10');

  await library.open(JAKARTA);
  await addToEvent(page, 'un dialogue stratégique tenu à Moscou vendredi (heure locale)', MEETING, 'attributes', 'KCNA');
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText(JAKARTA);
  await expect(page.getByRole('main', { name: 'Events' })).toHaveCount(0);
  await expect(library.reader.getByRole('status', { name: 'Added to event' })).toContainText(`Added to “${MEETING}”`);

  await library.open(TRAITE);
  await selectWithMouse(page, 'S’exprimant vendredi lors d’une réunion avec son homologue russe Sergueï Lavrov à Moscou');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Add to event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to event' });
  await expect(dialog.getByRole('radio', { name: new RegExp(MEETING) })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Déploiement/ })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText(TRAITE);

  await library.reader.getByRole('status', { name: 'Added to event' }).getByRole('button', { name: 'Show event' }).click();
  const detail = page.getByRole('region', { name: 'Event details' });
  await expect(detail.getByLabel('Attesting sources')).toHaveText('3 sources');
});

test('timeline evidence lines name the source as it is cited and who says it', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.open(ESSENTIEL);
  await newEventFrom(page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', MEETING, '2024-11-01');
  await library.open(JAKARTA);
  // Cited as a newspaper is: outlet and date, set here so the label is known.
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  const form = library.reader.getByRole('form', { name: 'Edit source details' });
  await form.getByRole('textbox', { name: 'Outlet' }).fill('Antara');
  await form.getByRole('textbox', { name: 'Source date' }).fill('2024-11-02');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await addToEvent(page, 'un dialogue stratégique tenu à Moscou vendredi (heure locale)', MEETING, 'attributes', 'KCNA');

  await page.getByRole('button', { name: 'Timeline' }).click();
  const card = page.getByRole('main', { name: 'Timeline' }).getByRole('article', { name: new RegExp(MEETING) });
  const line = card.getByRole('listitem').filter({ hasText: 'un dialogue stratégique' });
  await expect(line).toContainText('attributes (KCNA): « un dialogue stratégique tenu à Moscou vendredi (heure locale) »');
  await expect(line).toContainText('— Antara, 2 Nov 2024');
});
