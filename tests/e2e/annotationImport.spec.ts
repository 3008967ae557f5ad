import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';
import { test, expect } from './support/fixtures';
import { storedPassages } from './support/reader';
import { LibraryPage } from './support/library';

/**
 * A colleague's file: `quoted` quotes cut from the seeds (30 characters at a stride), and `orphans`
 * quotes from nowhere. Expected counts are worked out here, apart from the app: a quote alone is
 * found at its first occurrence, so two quotes with the same first occurrence make one passage.
 */
async function annotationFile(dir: string, quoted: number, orphans: number) {
  const seeds = (await readSourceFiles(seedFiles(), 'seeds')).sources;
  const items: unknown[] = [];
  const spans = new Set<string>();
  for (let i = 0; i < quoted; i++) {
    const s = seeds[i % seeds.length]!;
    const start = (Math.floor(i / seeds.length) * 7) % (s.text.length - 40);
    const exact = s.text.slice(start, start + 30);
    spans.add(`${s.fileName}:${s.text.indexOf(exact)}`);
    items.push({ type: 'Annotation', body: { type: 'TextualBody', value: `code${i % 5}`, purpose: 'tagging' }, target: { source: `https://example.org/${s.fileName}`, selector: { type: 'TextQuoteSelector', exact } } });
  }
  for (let i = 0; i < orphans; i++) items.push({ type: 'Annotation', bodyValue: 'mémo', target: { source: `https://example.org/${seeds[0]!.fileName}`, selector: { type: 'TextQuoteSelector', exact: `une phrase qui n’est nulle part, numéro ${i}` } } });
  const path = join(dir, `annotations-${quoted + orphans}.jsonld`);
  writeFileSync(path, JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } }));
  return { path, imported: spans.size, duplicates: quoted - spans.size, orphaned: orphans };
}

test('a few thousand annotations import with progress shown, and the counts match the file', async ({ app }) => {
  test.slow(); // thousands of quotes anchored and written on a loaded machine
  const file = await annotationFile(app.dataDir, 2_000, 1_000);
  // The quotes anchor to the seeds, imported once the window is drawn.
  await expect(new LibraryPage(app.page).sources).toHaveCount(5);
  await app.page.getByRole('button', { name: 'Backups' }).click();
  writeFileSync(join(app.dataDir, 'open-next.txt'), file.path);
  await app.page.getByRole('button', { name: 'Import annotations…' }).click();
  const progress = app.page.getByRole('status', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Annotations imported' })).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Cancel annotation import' })).toBeEnabled();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText(`${file.imported} imported, ${file.duplicates} already here, ${file.orphaned} orphaned`, { timeout: 120_000 });
  await expect(progress).toHaveCount(0);
  const stored = await storedPassages(app.page);
  expect(stored.filter((p) => p.status === 'orphaned')).toHaveLength(file.orphaned);
  expect(stored.filter((p) => p.status !== 'orphaned')).toHaveLength(file.imported);
});

test('cancelling an annotation import says so and leaves no passage behind', async ({ app }) => {
  test.slow();
  const file = await annotationFile(app.dataDir, 10_000, 10_000);
  await app.page.getByRole('button', { name: 'Backups' }).click();
  writeFileSync(join(app.dataDir, 'open-next.txt'), file.path);
  await app.page.getByRole('button', { name: 'Import annotations…' }).click();
  await app.page.getByRole('button', { name: 'Cancel annotation import' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('cancelled: nothing was imported', { timeout: 60_000 });
  await expect(app.page.getByRole('status', { name: 'Import progress' })).toHaveCount(0);
  expect(await storedPassages(app.page)).toHaveLength(0);
  await expect(app.page.getByRole('button', { name: 'Import annotations…' })).toBeEnabled();
});
