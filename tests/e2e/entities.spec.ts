import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { newEventFrom } from './support/events';
import { storedPassages } from './support/reader';

async function addEntity(page: import('@playwright/test').Page, name: string, kind: string): Promise<void> {
  await page.getByRole('button', { name: 'Actors' }).click();
  const form = page.getByRole('form', { name: 'New entity' });
  await form.getByRole('textbox', { name: 'Entity name' }).fill(name);
  await form.getByRole('combobox', { name: 'Entity kind' }).selectOption(kind);
  await form.getByRole('button', { name: 'Add entity' }).click();
  await expect(page.getByRole('region', { name: 'Entity details' }).getByRole('heading', { name })).toBeVisible();
}

test('Choe Son-hui is found under every spelling across the five articles, and a mention becomes a passage', async ({ app }) => {
  await addEntity(app.page, 'Choe Son-hui', 'person');
  const detail = app.page.getByRole('region', { name: 'Entity details' });
  await detail.getByRole('textbox', { name: 'Add spelling' }).fill('la ministre nord-coréenne des Affaires étrangères');
  await detail.getByRole('button', { name: 'Add spelling' }).click();
  await expect(detail.getByRole('list', { name: 'Spellings' }).getByRole('listitem')).toHaveCount(2);
  const mentions = detail.getByRole('list', { name: 'Mentions' }).getByRole('listitem');
  // Both spellings, hyphenated and spaced, from the sources that use them.
  await expect(mentions.filter({ hasText: 'Choe Son-hui' }).first()).toContainText('JAKARTA');
  const marked = (spelling: string) => mentions.filter({ has: app.page.locator('mark', { hasText: new RegExp(`^${spelling}$`) }) });
  await expect(marked('Choe Son Hui').filter({ hasText: 'l’essentiel' }).first()).toBeVisible();
  await expect(mentions.filter({ hasText: 'La ministre nord-coréenne des Affaires étrangères' }).first()).toBeVisible();
  await expect(detail).toContainText(/Mentions \(\d+ in 4 sources\)/);

  // Show one in the reader, highlighted and in view.
  await marked('Choe Son Hui').filter({ hasText: 'l’essentiel' }).first().getByRole('button', { name: 'Show in reader' }).click();
  const library = new LibraryPage(app.page);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('l’essentiel');
  await expect(library.reader.locator('mark[data-mention-id="mention-0"]')).toHaveText('Choe Son Hui');
  await expect(library.reader.locator('mark[data-mention-id="mention-0"]')).toBeInViewport();

  // One click turns a mention into a passage.
  await app.page.getByRole('button', { name: 'Actors' }).click();
  await app.page.getByRole('list', { name: 'Entity list' }).getByRole('button', { name: /Choe Son-hui/ }).click();
  await marked('Choe Son-hui').first().getByRole('button', { name: 'Make passage' }).click();
  await expect.poll(async () => (await storedPassages(app.page)).map((p) => [p.selector.exact, p.storedSlice, p.tags])).toEqual([['Choe Son-hui', 'Choe Son-hui', ['Choe Son-hui']]]);
});

test('a suggested spelling of Kim Jong-un is offered and accepted', async ({ app }) => {
  await addEntity(app.page, 'Kim Jong-un', 'person');
  const detail = app.page.getByRole('region', { name: 'Entity details' });
  const suggested = detail.getByRole('region', { name: 'Suggested spellings' });
  await expect(suggested).toContainText('« Kim Jung-un »');
  const before = await detail.getByRole('list', { name: 'Mentions' }).getByRole('listitem').count();
  await suggested.getByRole('button', { name: 'Accept « Kim Jung-un »' }).click();
  await expect(detail.getByRole('list', { name: 'Spellings' })).toContainText('Kim Jung-un');
  await expect(detail.getByRole('list', { name: 'Mentions' }).getByRole('listitem')).toHaveCount(before + 1);
});

test('three events with actors appear on the timeline in order, and filter by actor', async ({ app }) => {
  await addEntity(app.page, 'Sergueï Lavrov', 'person');
  await addEntity(app.page, 'Kim Jong-un', 'person');
  const library = new LibraryPage(app.page);
  const events: Array<[RegExp, string, string, string, string]> = [
    [/^l’essentiel/, 'Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', 'Rencontre à Moscou', '2024-11-01', 'Sergueï Lavrov'],
    [/^Les relations entre la Russie/, 'déclare le ministre russe des Affaires étrangères Sergueï Lavrov', 'Visite de Lavrov à Pyongyang', '2023-10', 'Sergueï Lavrov'],
    [/^Le 22 septembre/, 'Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un en Russie', 'Sommet Poutine–Kim', '2023-09-13', 'Kim Jong-un'],
  ];
  for (const [source, phrase, title, date, actor] of events) {
    await app.page.getByRole('button', { name: 'Reader', exact: true }).click();
    await library.open(source);
    await newEventFrom(app.page, phrase, title, date);
    await app.page.getByRole('region', { name: 'Event details' }).getByRole('checkbox', { name: actor }).check();
  }
  await app.page.getByRole('button', { name: 'Timeline' }).click();
  const timeline = app.page.getByRole('main', { name: 'Timeline' });
  const cards = timeline.locator('article.timeline-event');
  await expect(cards).toHaveCount(3);
  expect(await cards.locator('.timeline-title').allTextContents()).toEqual(['Sommet Poutine–Kim', 'Visite de Lavrov à Pyongyang', 'Rencontre à Moscou']);
  await expect(timeline.getByRole('article', { name: /Visite de Lavrov/ })).toContainText('whole month');
  await expect(timeline.getByRole('article', { name: /Sommet/ })).toContainText('Kim Jong-un');
  await timeline.getByRole('combobox', { name: 'Filter by actor' }).selectOption({ label: 'Sergueï Lavrov' });
  expect(await cards.locator('.timeline-title').allTextContents()).toEqual(['Visite de Lavrov à Pyongyang', 'Rencontre à Moscou']);
  // Click evidence to land on the passage.
  await timeline.getByRole('article', { name: /Rencontre à Moscou/ }).getByRole('button', { name: /reports: « Choe Son Hui a rencontré/ }).click();
  await expect(library.reader.locator('mark.flash')).toContainText('Choe Son Hui a rencontré');
});
