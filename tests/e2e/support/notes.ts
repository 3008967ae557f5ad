import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the notes list and the open note. */
export class NotesPage {
  constructor(private readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Note list' });
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Note', exact: true });
  }

  get text(): Locator {
    return this.page.getByRole('textbox', { name: 'Note text' });
  }

  async create(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New note' }).click();
    const titleBox = this.page.getByRole('textbox', { name: 'Note title' });
    // Until the new note exists, the title shown is the open note's (filled, it would rename that one).
    await expect(titleBox).toBeFocused();
    await expect(titleBox).toHaveValue('Untitled note');
    await titleBox.fill(title);
    await titleBox.press('Enter');
    await expect(this.list.getByRole('button', { name: new RegExp(`^${title}`) })).toBeVisible();
  }

  /** A new note with some text typed into it, saved. */
  async createWithText(title: string, text: string, saved: string): Promise<void> {
    await this.create(title);
    await this.text.click();
    await this.page.keyboard.type(text);
    await this.waitSaved(saved);
  }

  /** Puts the caret at the very end of the note. */
  async caretToEnd(): Promise<void> {
    await this.text.click();
    await this.page.keyboard.press('Control+End');
  }

  /** Waits until the note's stored content contains `fragment` (auto-save reached IndexedDB). */
  async waitSaved(fragment: string): Promise<void> {
    await expect.poll(() => storedNoteContents(this.page)).toContain(fragment);
  }
}

/** The content of every note stored in the app's IndexedDB, one per line. */
export function storedNoteContents(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('notes', 'readonly').objectStore('notes').getAll();
          req.onsuccess = () => {
            resolve((req.result as Array<{ content: string }>).map((n) => n.content).join('\n'));
            open.result.close();
          };
        };
      }),
  );
}

/** The plain text of this window's newest draft in the journal's IndexedDB copy (`verbatim-drafts`). */
export function journalledText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('verbatim-drafts');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve('');
          const req = db.transaction('drafts').objectStore('drafts').getAll();
          req.onsuccess = () => {
            const rows = (req.result as Array<{ content: string; writtenAt: number }>).sort((a, b) => b.writtenAt - a.writtenAt);
            resolve(rows[0]?.content ?? '');
            db.close();
          };
        };
        open.onerror = () => resolve('');
      }),
  );
}

/**
 * Holds every write to the notebook's notes behind a write transaction of the test's own, kept alive
 * until `releaseNoteWrites` (or until the page dies): note creations and saves wait, as on a very
 * busy machine, while the draft journal (a database of its own, and localStorage) goes on.
 */
export async function holdNoteWrites(page: Page): Promise<void> {
  await holdWrites(page, 'verbatim', 'notes');
}

/**
 * Holds every write to one store of one of the page's databases behind a read-write transaction of
 * the test's own, kept alive until `releaseNoteWrites`: the app's writes queue behind it.
 */
export async function holdWrites(page: Page, database: string, storeName: string): Promise<void> {
  // The app has made its database (opened any sooner, ours would be an empty one of version 1).
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().waitFor();
  await page.evaluate(
    ({ database, storeName }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains(storeName)) return reject(new Error(`${database} has no store ${storeName}`));
          // Held until the next release, also after an earlier hold was released.
          (window as unknown as { releaseNotes?: boolean }).releaseNotes = false;
          const store = open.result.transaction(storeName, 'readwrite').objectStore(storeName);
          const spin = () => {
            if (!(window as unknown as { releaseNotes?: boolean }).releaseNotes) store.get('none').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
    { database, storeName },
  );
}

/** Lets the writes held by `holdNoteWrites` go on. */
export async function releaseNoteWrites(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { releaseNotes?: boolean }).releaseNotes = true));
}

/** The text of the note editor's selection as Lexical holds it (not the page's, which leads it). */
export function editorSelection(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    type Editor = { getEditorState(): { read<T>(fn: () => T): T; _selection: { getTextContent(): string } | null } };
    const root = document.querySelector('[data-lexical-editor="true"]') as (Element & { __lexicalEditor?: Editor }) | null;
    const state = root?.__lexicalEditor?.getEditorState();
    return state ? state.read(() => state._selection?.getTextContent() ?? null) : null;
  });
}
