import { copyFileSync, readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './support/fixtures';
import { launchApp } from './support/app';
import { storedPassages, tagPhraseInSource } from './support/reader';

const QUOTED = 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine';

test('a tagged passage goes out as a REFI-QDA project and comes back into a fresh profile', async ({ app }) => {
  await tagPhraseInSource(app.page, /^l’essentiel/, QUOTED, 'guerre');
  await app.page.getByRole('button', { name: 'Backups' }).click();
  await app.page.getByRole('button', { name: 'Export REFI-QDA project…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('REFI-QDA project exported to');
  const saved = join(app.dataDir, 'saved', 'verbatim.qdpx');
  const files = unzipSync(new Uint8Array(readFileSync(saved)));
  const qde = strFromU8(files['project.qde']!);
  expect(qde).toContain('xmlns="urn:QDA-XML:project:1.0"');
  expect(qde).toMatch(/<Code guid="[0-9a-f-]{36}" name="guerre" isCodable="true" color="#[0-9A-F]{6}"/);
  expect(Object.keys(files).filter((f) => f.startsWith('sources/'))).toHaveLength(5);

  const fresh = await launchApp({ seedFiles: {} });
  try {
    const qdpx = join(fresh.dataDir, 'incoming.qdpx');
    copyFileSync(saved, qdpx);
    await fresh.page.getByRole('button', { name: 'Backups' }).click();
    writeFileSync(join(fresh.dataDir, 'open-next.txt'), qdpx);
    await fresh.page.getByRole('button', { name: 'Import REFI-QDA project…' }).click();
    await expect(fresh.page.getByRole('status', { name: 'Notice' })).toContainText('5 sources, 1 tags, 1 passages imported');
    await expect.poll(async () => (await storedPassages(fresh.page)).map((p) => [p.selector.exact, p.tags])).toEqual([[QUOTED, ['guerre']]]);
  } finally {
    await fresh.close();
  }
});
