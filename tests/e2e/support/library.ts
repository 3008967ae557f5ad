import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the library pane and the reader. */
export class LibraryPage {
  constructor(private readonly page: Page) {}

  get sources(): Locator {
    return this.page.getByRole('listbox', { name: 'Sources' }).getByRole('option');
  }

  source(title: string | RegExp): Locator {
    return this.page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: title });
  }

  get report(): Locator {
    return this.page.getByRole('status', { name: 'Import report' });
  }

  get reader(): Locator {
    return this.page.getByRole('main', { name: 'Reader' });
  }

  /** The text of every paragraph the reader draws, in order. */
  async readerParagraphs(): Promise<string[]> {
    return this.reader.locator('.reader-text > p').evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
  }

  async open(title: string | RegExp): Promise<void> {
    await this.source(title).click();
    await expect(this.reader.getByRole('heading', { level: 1 })).toHaveText(title);
  }
}
