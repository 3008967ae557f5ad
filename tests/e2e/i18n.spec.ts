import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';

// The browser reports a French system: the app must start in French without being told.
test.use({ systemLocale: 'fr-FR' });

const views = (page: Page) => page.getByRole('group', { name: 'Vues' });
const sources = (page: Page) => page.getByRole('listbox', { name: 'Sources' });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('on a French system the main views, the import report, dates, sizes and the palette are in French', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
  for (const name of [/^Lecteur/, /^Tous les passages/, /^Événements/, /^Chronologie/, /^Acteurs/, /^À revoir \(0\)/, /^Sauvegardes/, /^Réglages/]) {
    await expect(views(page).getByRole('button', { name })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Importer des sources…' })).toBeVisible();

  // The import report: French words, French plurals (« 0 inchangé »: zero takes the singular).
  await expect(page.getByRole('status', { name: 'Rapport d’import' })).toContainText(/Corpus de départ\s:\s5 importés, 0 mis à jour, 0 inchangé\./);

  // A source date written from the `date 2024-11` marker, and sizes in kilo-octets with a decimal comma.
  await expect(sources(page).getByRole('option')).toHaveCount(5);
  await expect(sources(page).getByRole('option', { name: /^Les pays ont signé/ })).toContainText('novembre 2024');
  await expect(sources(page).getByRole('option', { name: /^Les pays ont signé/ })).toContainText(/\d+,\d\sKo/);

  const reader = page.getByRole('main', { name: 'Lecteur' });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Modifier le titre et la date' })).toBeVisible();
  // The versions table dates the import in French (« 30 nov. 2026, 11:45 »).
  await reader.getByRole('button', { name: 'Versions' }).click();
  await expect(reader.getByRole('table')).toContainText(/\d+ versions? de cette source/);
  await expect(reader.getByRole('table').getByRole('cell').first()).toHaveText(/^\d{1,2} [a-zéû]+\.? \d{4}/);
  await expect(page.getByRole('button', { name: 'Nouvelle note' })).toBeVisible();

  // The palette: its name, its field, its results and its empty state.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Recherche' });
  await expect(palette.getByRole('searchbox', { name: 'Tout rechercher' })).toBeFocused();
  await page.keyboard.type('Lavrov');
  const results = palette.getByRole('listbox', { name: 'Résultats de recherche' });
  await expect(results.getByRole('option').first()).toBeVisible();
  // The rows of a group are placed by the virtualized list, so the group itself has no box: its options show.
  await expect(results.getByRole('group', { name: 'Sources' }).getByRole('option').first()).toBeVisible();
  await palette.getByRole('searchbox', { name: 'Tout rechercher' }).fill('zzqxw');
  await expect(palette).toContainText(/Rien trouvé pour «\szzqxw\s»\./);
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);

  // The other main views answer to their French names.
  for (const [button, main] of [
    ['Tous les passages', 'Tous les passages'],
    ['Chronologie', 'Chronologie'],
    ['Acteurs', 'Entités'],
    ['À revoir', 'À revoir'],
    ['Sauvegardes', 'Sauvegardes'],
    ['Réglages', 'Réglages'],
  ] as const) {
    await views(page).getByRole('button', { name: new RegExp(`^${button}`) }).click();
    await expect(page.getByRole('main', { name: main, exact: true })).toBeVisible();
  }

  // What an export says when it is done: French words and a French singular.
  await page.getByRole('button', { name: 'Nouvelle note' }).click();
  await expect(page.getByRole('textbox', { name: 'Titre de la note' })).toBeFocused();
  await page.keyboard.type('Note en français');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Liste des notes' }).getByRole('button', { name: /^Note en français/ })).toBeVisible();
  await page.getByRole('button', { name: 'Exporter toutes les notes…' }).click();
  await expect(page.getByRole('status', { name: 'Avis' })).toContainText(/^1 note exportée dans .+folder/);
});

test('on a French system, a file main refuses is reported in French while the other one imports', async ({ app }) => {
  const page = app.page;
  await expect(sources(page).getByRole('option')).toHaveCount(5);
  // Main reads the files and says why one is refused: its words must follow the window's language too.
  const good = join(app.dataDir, 'carnet.txt');
  const noise = join(app.dataDir, 'bruit.txt');
  writeFileSync(good, 'Carnet de Pyongyang\n\nUne délégation est arrivée jeudi.\n');
  let x = 11;
  writeFileSync(noise, Uint8Array.from({ length: 4096 }, () => 1 + ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) % 255));
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${good}\n${noise}\n`);
  await page.getByRole('button', { name: 'Importer des sources…' }).click();
  const report = page.getByRole('status', { name: 'Rapport d’import' });
  await expect(report).toContainText(/bruit\.txt\s: non importé — le fichier n’est pas du texte \(\d+\s% de ses caractères/);
  await expect(report).not.toContainText('not imported');
  await expect(sources(page).getByRole('option')).toHaveCount(6);
  await expect(sources(page).getByRole('option', { name: /^Carnet de Pyongyang/ })).toBeVisible();
});

test('axe-core finds no serious or critical violation in French', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await expect(page.getByRole('main', { name: 'Lecteur' }).getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await views(page).getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('main', { name: 'Réglages' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await views(page).getByRole('button', { name: 'Chronologie' }).click();
  await expect(page.getByRole('main', { name: 'Chronologie' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the language is switched in Settings without a restart, remembered after a reload, and can follow the system again', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await expect(views(page)).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Digit8');
  const settings = page.getByRole('main', { name: 'Réglages' });
  const choice = settings.getByRole('combobox', { name: 'Langue de l’interface' });
  await expect(choice).toHaveValue('system');
  await expect(choice.getByRole('option', { name: 'Suivre le système (Français)' })).toHaveCount(1);

  await choice.selectOption({ label: 'English' });
  // The whole window changes at once, Settings staying open.
  await expect(page.getByRole('main', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Reader' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText('Seed corpus: 5 imported, 0 updated, 0 unchanged.');
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: /^Les pays ont signé/ })).toContainText('November 2024');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

  await page.reload();
  await expect(page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Settings' })).toBeVisible();
  await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  const english = page.getByRole('combobox', { name: 'Interface language' });
  await expect(english).toHaveValue('en');

  await english.selectOption('system');
  await expect(views(page).getByRole('button', { name: 'Réglages' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Réglages' })).toBeVisible();
});
