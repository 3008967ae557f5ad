import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// A whole research session with the keyboard alone: no click, no focus() from the test, only
// page.keyboard. Each step is checked by what a user sees (roles and names).

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** F6 until the focus is in the pane named `pane` (left, centre, side). */
async function paneTo(page: Page, pane: 'left' | 'centre' | 'side'): Promise<void> {
  const inPane = () => page.evaluate(() => document.activeElement?.closest('[data-pane]')?.getAttribute('data-pane') ?? null);
  for (let i = 0; i < 4 && (await inPane()) !== pane; i++) await page.keyboard.press('F6');
  expect(await inPane()).toBe(pane);
}

const selectionText = (page: Page) => page.evaluate(() => window.getSelection()?.toString().trim());

test('a research session from the library to a Markdown export, by keyboard alone', async ({ app }) => {
  // Long on a loaded 2-core machine: some forty steps, each waiting on what the user sees.
  test.setTimeout(420_000);
  const page = app.page;
  const library = page.getByRole('listbox', { name: 'Sources' });
  const reader = page.getByRole('main', { name: 'Reader' });
  const heading = reader.getByRole('heading', { level: 1 });
  await expect(library.getByRole('option')).toHaveCount(5);

  // 1. The library: F6 into it, Tab to the sources, arrows to « l’essentiel », Enter opens it.
  await paneTo(page, 'left');
  await tabTo(page, library.locator('[role="option"][tabindex="0"]'));
  await page.keyboard.press('Home');
  // Each press waits for the focus to reach the next row before looking again: on a loaded machine
  // the list redraws well after the key, and judging by a stale row would press once too often.
  const focusedOption = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'option' ? document.activeElement.textContent : null));
  await expect(library.getByRole('option').first()).toBeFocused();
  for (let i = 0; i < 5 && !/^l’essentiel/.test((await focusedOption()) ?? ''); i++) {
    const before = await focusedOption();
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedOption).not.toBe(before);
  }
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('l’essentiel');
  await expect(library.getByRole('option', { name: /^l’essentiel/ })).toBeFocused();

  // 2. The reader: F6 to the middle pane, Tab to the text; the caret moves, Shift+Ctrl+arrows select.
  await paneTo(page, 'centre');
  const text = reader.getByRole('article', { name: /^Text of/ });
  await tabTo(page, text);
  await expect(page.locator('.reader-caret')).toBeVisible();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => selectionText(page)).toBe('La Corée du Nord');

  // 3. H highlights it; the passage's details open beside. The toolbar shows once the reader has
  // taken the selection in (on a loaded machine that comes after the DOM selection).
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
  await page.keyboard.press('h');
  await expect(reader.locator('mark[data-passage-id]')).toHaveText('La Corée du Nord');
  const details = page.getByRole('region', { name: 'Passage details' });
  await expect(details.getByLabel('Passage text')).toHaveText('La Corée du Nord');

  // 4. Tag it from its details: F6 to the side pane, Tab to « Add tag ».
  await paneTo(page, 'side');
  await tabTo(page, details.getByRole('combobox', { name: 'Add tag' }).or(details.getByRole('textbox', { name: 'Add tag' })));
  await page.keyboard.type('alliance');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('list', { name: 'Tags' })).toContainText('alliance');

  // 5. A new note: the cursor starts in its title; Enter goes on to the text.
  await paneTo(page, 'left');
  await tabTo(page, page.getByRole('button', { name: 'New note' }));
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Session au clavier');
  await page.keyboard.press('Enter');
  const noteText = page.getByRole('textbox', { name: 'Note text' });
  await expect(noteText).toBeFocused();
  await expect(page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Session au clavier/ })).toBeVisible();
  await page.keyboard.type('Ce que dit la source.');
  await page.keyboard.press('Enter');

  // 6. A quote of the passage (/quote) and a citation (@), picked from the list with Enter.
  await page.keyboard.type('/quote Corée');
  await expect(page.getByRole('listbox', { name: 'Passages to quote' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const note = page.getByRole('region', { name: 'Note', exact: true });
  await expect(note.locator('blockquote, .passage-quote').first()).toContainText('La Corée du Nord');
  await page.keyboard.type('Selon @Corée');
  await expect(page.getByRole('listbox', { name: 'Passages to cite' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(note.locator('.citation-chip, [data-lexical-decorator] button').first()).toBeVisible();

  // 7. An event with this passage as evidence (E from the reader), then the timeline shows it.
  await paneTo(page, 'centre');
  await tabTo(page, text);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => selectionText(page)).toBe('La Corée du Nord');
  await page.keyboard.press('e');
  const event = page.getByRole('region', { name: 'Event details' });
  const eventTitle = event.getByRole('textbox', { name: 'Title' });
  await expect(eventTitle).toBeVisible();
  await tabTo(page, eventTitle);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Alliance militaire russo-coréenne');
  await tabTo(page, event.getByRole('textbox', { name: /^Date/ }));
  await page.keyboard.type('2024-11');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Event list' })).toContainText('Alliance militaire russo-coréenne');
  // Out of the event's text fields (where Alt+digit may type a character) with F6, then to the timeline.
  await paneTo(page, 'side');
  await page.keyboard.press('Alt+4');
  const timeline = page.getByRole('main', { name: 'Timeline' });
  const onTimeline = timeline.getByRole('article', { name: /^Alliance militaire russo-coréenne/ });
  await expect(onTimeline).toBeVisible();
  await expect(onTimeline.getByRole('button', { name: /La Corée du Nord/ })).toBeVisible();

  // 8. Search with the palette and open a hit with Enter.
  await page.keyboard.press('Control+K');
  const search = page.getByRole('searchbox', { name: 'Search everything' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Lavrov');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(search).toHaveCount(0);
  // The reader lands on the hit, with the find bar open on the query.
  await expect(page.getByRole('search', { name: 'Find in source' }).getByRole('searchbox', { name: 'Find in source' })).toHaveValue('Lavrov');
  await expect(reader.locator('mark.current[data-search-hit]')).toHaveText(/Lavrov/);

  // 9. Export the note as Markdown: F6 to the side pane, whose tabs show the passages after the
  // search; Tab to the tabs, → to « Note », Tab to its text, Ctrl+Shift+E.
  await paneTo(page, 'side');
  const noteTab = page.getByRole('tab', { name: 'Note' });
  if ((await noteTab.getAttribute('aria-selected')) !== 'true') {
    await tabTo(page, page.getByRole('tab', { selected: true }));
    await page.keyboard.press('ArrowRight');
    await expect(noteTab).toHaveAttribute('aria-selected', 'true');
    await expect(noteTab).toBeFocused();
  }
  await tabTo(page, noteText);
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('Exported “Session au clavier” to');
  const saved = join(app.dataDir, 'saved');
  const file = readdirSync(saved).find((f) => f.endsWith('.md'));
  expect(file).toBeDefined();
  const markdown = readFileSync(join(saved, file!), 'utf8');
  expect(markdown).toContain('> La Corée du Nord');
  expect(markdown).toContain('Ce que dit la source.');
});
