import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A harness on a private data folder and a Chromium page on it, for benchmarks of the real app. */
export async function withApp<T>(run: (page: Page, dataDir: string) => Promise<T>): Promise<T> {
  const repo = join(__dirname, '..');
  const port = 24_000 + (process.pid % 1000);
  const root = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  const dataDir = join(root, 'data');
  let harness: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    harness = spawn(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'harness/cli.ts', '--port', String(port), '--data', dataDir], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => harness!.stdout!.on('data', (d: Buffer) => d.toString().includes('Verbatim harness on') && resolve()));
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('option').first().waitFor();
    return await run(page, dataDir);
  } finally {
    await browser?.close();
    harness?.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Writes `count` passages of the first seed and `notes` notes quoting them straight into IndexedDB. */
export function seedNotebook(page: Page, passages: number, notes: number): Promise<void> {
  return page.evaluate(
    ({ passages, notes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'versions', 'passages', 'notes', 'noteLinks'], 'readwrite');
          tx.objectStore('sources').getAll().onsuccess = (e) => {
            const source = ((e.target as IDBRequest).result as Array<{ id: string; hash: string; title: string; fileName: string }>).sort((a, b) => a.fileName.localeCompare(b.fileName))[0]!;
            tx.objectStore('versions').get(source.hash).onsuccess = (ev) => {
              const text = ((ev.target as IDBRequest).result as { text: string }).text;
              const at = new Date().toISOString();
              const perNote = Math.ceil(passages / notes);
              for (let n = 0; n < notes; n++) {
                const children = [];
                for (let i = n * perNote; i < Math.min(passages, (n + 1) * perNote); i++) {
                  const start = (i * 13) % (text.length - 60);
                  const id = `bench-${i}`;
                  const exact = text.slice(start, start + 50);
                  tx.objectStore('passages').put({ id, sourceId: source.id, versionHash: source.hash, selector: { exact, prefix: '', suffix: '', start, end: start + 50 }, tags: ['bench'], memo: '', status: 'exact', score: 1, createdAt: at, updatedAt: at });
                  tx.objectStore('noteLinks').put({ noteId: `bench-note-${n}`, targetId: id, kind: 'passage' });
                  children.push({ type: 'passage-quote', version: 1, passageId: id, sourceId: source.id, sourceLabel: source.title, exact, detached: false });
                  children.push({ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: `Commentaire ${i}.`, format: 0, style: '', mode: 'normal', detail: 0 }] });
                }
                const content = JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } });
                tx.objectStore('notes').put({ id: `bench-note-${n}`, title: notes === 1 ? 'Deux cents citations' : `Note ${n}`, content, revision: 1, createdAt: at, updatedAt: at, deletedAt: '' });
              }
            };
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { passages, notes },
  );
}
