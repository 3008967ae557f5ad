import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { REPO } from './support/app';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse } from './support/reader';

function verify(path: string, sources: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'tools/verify.ts', path, '--sources', sources], { cwd: REPO, encoding: 'utf8' });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

test('a note quoting three seeds and citing a fourth exports to Markdown that verifies', async ({ app }) => {
  // Four exports and four runs of npm run verify (a tsx start each) on a machine shared with others.
  test.setTimeout(240_000);
  const library = new LibraryPage(app.page);
  const notes = new NotesPage(app.page);
  await notes.create('Synthèse : Corée du Nord et Russie');
  const quotes: Array<[RegExp, string]> = [
    [/^JAKARTA/, 'les États-Unis et leurs alliés d’être la source des tensions accrues'],
    [/^l’essentiel/, 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine'],
    [/^Les pays ont signé/, 'Kim Jong-un « nous a donné l’ordre de soutenir'],
  ];
  for (const [source, phrase] of quotes) {
    await library.open(source);
    await selectWithMouse(app.page, phrase);
    await app.page.keyboard.press('q');
    await expect(notes.panel.locator('figure.quote-block').filter({ hasText: phrase })).toHaveCount(1);
  }
  await library.open(/^Le 22 septembre/);
  await selectWithMouse(app.page, 'Le 22 septembre');
  await app.page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite' }).click();
  await expect(notes.panel.getByRole('button', { name: /^Citation: / })).toHaveCount(1);
  await notes.waitSaved('passage-citation');

  await notes.panel.getByRole('button', { name: 'Export note as Markdown' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('Exported “Synthèse : Corée du Nord et Russie” to');
  const saved = join(app.dataDir, 'saved');
  const [file] = readdirSync(saved);
  expect(file).toBe('Synthèse Corée du Nord et Russie.md');
  const markdown = readFileSync(join(saved, file!), 'utf8');
  expect(markdown).toMatch(/^---\ntitle: "Synthèse : Corée du Nord et Russie"\n/);
  expect(markdown).toContain('  - "002_2b2af24e823addfb.txt"');
  expect(markdown).toMatch(/« Le 22 septembre » — \*Le 22 septembre[^*\n]*\* — `002_2b2af24e823addfb\.txt#cp=0-15` sha256:[0-9a-f]{12}/);

  const result = verify(join(saved, file!), app.seedsDir);
  expect(result.out).toMatch(/^4 passed, 0 failed$/m);
  expect(result.code).toBe(0);

  // Export all notes writes a folder, one file per note; verify accepts the folder.
  await app.page.getByRole('button', { name: 'Export all notes…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('Exported 1 note to');
  const folder = join(saved, 'folder');
  expect(existsSync(join(folder, 'Synthèse Corée du Nord et Russie.md'))).toBe(true);
  expect(verify(folder, app.seedsDir).code).toBe(0);

  // With its sources, the folder verifies on its own: no --sources folder holds anything.
  await app.page.getByRole('button', { name: 'Export all notes with sources…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('Exported 1 note with 4 sources to');
  const withSources = 'folder (2)';
  const empty = join(app.dataDir, 'no-sources');
  mkdirSync(empty);
  const alone = verify(join(saved, withSources), empty);
  expect(alone.out).toMatch(/^4 passed, 0 failed$/m);
  expect(alone.code).toBe(0);

  // For pandoc: citations as [@key] and the bibliography beside the note.
  await app.page.getByRole('button', { name: 'Export for pandoc…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('with references.json and references.bib, 4 sources');
  const pandocFolder = 'folder (3)';
  const pandocNote = readFileSync(join(saved, pandocFolder, 'Synthèse Corée du Nord et Russie.md'), 'utf8');
  expect(pandocNote).toContain('bibliography: "references.json"');
  expect(pandocNote).toMatch(/« Le 22 septembre » — \[@[a-z0-9]+\] — `002_2b2af24e823addfb\.txt#cp=0-15`/);
  expect(JSON.parse(readFileSync(join(saved, pandocFolder, 'references.json'), 'utf8'))).toHaveLength(4);
  expect(verify(join(saved, pandocFolder), empty).code).toBe(0);
});

test('an export that main cannot write is reported on screen, not swallowed', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.createWithText('Vide', 'Rien à citer.', 'Rien à citer.');
  // A file where the export folder should be: main cannot create anything under it.
  writeFileSync(join(app.dataDir, 'saved'), 'not a folder');
  await app.page.keyboard.press('Control+Shift+E');
  await expect(app.page.getByRole('alert')).toContainText(/^Export failed: (?!saveMarkdown)\S/);
  expect(readFileSync(join(app.dataDir, 'saved'), 'utf8')).toBe('not a folder');
});

test('an export of many notes shows its progress and stops when cancelled, saying what the folder holds', async ({ app }) => {
  const page = app.page;
  const NOTES = 120;
  // The app has made its database before notes are written into it.
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(5);
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          const at = new Date().toISOString();
          for (let n = 0; n < count; n++) {
            const paragraph = { type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: `Texte ${n}.`, format: 0, style: '', mode: 'normal', detail: 0 }] };
            const content = JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [paragraph] } });
            tx.objectStore('notes').put({ id: `many-${n}`, title: `Note ${n}`, content, revision: 1, createdAt: at, updatedAt: at, deletedAt: '' });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    NOTES,
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: `Notes (${NOTES})` })).toBeVisible();

  // The second slice of notes reaches main only once Cancel has been pressed: the export is caught
  // midway however fast the machine.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let slices = 0;
  await page.route('**/__notebook/writeExportNotes', async (route) => {
    if (++slices === 2) await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Export all notes…' }).click();
  const progress = page.getByRole('status', { name: 'Export progress' });
  await expect(progress).toContainText(`Exporting notes: 50 of ${NOTES}`);
  await expect(progress.getByRole('progressbar', { name: 'Notes written' })).toHaveAttribute('value', '50');
  await progress.getByRole('button', { name: 'Cancel export' }).click();
  release();

  await expect(page.getByRole('status', { name: 'Notice' })).toContainText(`Export cancelled after 100 of ${NOTES} notes: the folder`);
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('holds an incomplete set');
  await expect(progress).toHaveCount(0);
  const folder = join(app.dataDir, 'saved', 'folder');
  expect(readdirSync(folder).filter((f) => f.endsWith('.md'))).toHaveLength(100);
  expect(slices).toBe(2);
});
