import { expect, type Page } from '@playwright/test';
import { selectWithMouse } from './reader';

/** Selects a phrase and makes it a new event, then names and dates it in the detail panel. */
export async function newEventFrom(page: Page, phrase: string, title: string, date: string): Promise<void> {
  await selectWithMouse(page, phrase);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New event' }).click();
  const detail = page.getByRole('region', { name: 'Event details' });
  // The panel fills its fields from the stored event, then gives the title the focus: typed sooner,
  // the title would be overwritten by the stored one.
  await expect(detail.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await detail.getByRole('textbox', { name: 'Title' }).fill(title);
  await detail.getByRole('textbox', { name: /^Date/ }).fill(date);
  await detail.getByRole('textbox', { name: /^Date/ }).blur();
  await expect(page.getByRole('list', { name: 'Event list' })).toContainText(title);
}

/** Selects a phrase and adds it to an event with a stance, through the Add to event… dialog. */
export async function addToEvent(page: Page, phrase: string, title: string, stance: string, who = ''): Promise<void> {
  await selectWithMouse(page, phrase);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Add to event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to event' });
  await dialog.getByRole('radio', { name: new RegExp(title) }).check();
  await dialog.getByRole('combobox', { name: 'Stance' }).selectOption(stance);
  if (who) await dialog.getByRole('textbox', { name: 'Who says it' }).fill(who);
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog).toHaveCount(0);
  // The reader stays open and says where the passage went.
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('status', { name: 'Added to event' })).toContainText('Added to');
}

/** From the reader's notice after Add to event…, opens the event the passage went to. */
export async function showAddedEvent(page: Page): Promise<void> {
  await page.getByRole('main', { name: 'Reader' }).getByRole('status', { name: 'Added to event' }).getByRole('button', { name: 'Show event' }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
}
