// npm run build && npm run bench:sync-screen [-- --samples 100]
// The sync path as a person meets it: two copies of the app (two harnesses, two Chromium profiles)
// and the real sync server (`syncServer/cli.ts`) on loopback.
// - A keystroke in one window to the frame that shows it in the other: from the keydown event in
//   Ana's page to the animation frame after Ben's editor holds the character (both pages' clocks are
//   performance.timeOrigin + now(), the same machine clock). The first keystroke after both opened the
//   note is reported apart (cold), the rest one at a time (warm).
// - Joining a notebook of 1,000 sources of about 4,000 characters and 5,000 passages through the Join dialog: from the click to
//   the library listing every source and the status saying Synced, on a fresh profile; warm (the
//   server has the notebook open) and cold (server restarted, read from SQLite). Also the upload: the
//   Share click to Synced.
// Writes bench/results/sync-screen.json.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchApp, type AppHandle } from '../tests/e2e/support/app';
import { NotesPage } from '../tests/e2e/support/notes';
import { SyncServerProcess, connectNotebook, invitation } from '../tests/e2e/support/syncServer';
import { percentile } from './corpus';
import { machineState } from './machineState';
import { realisticCorpus } from './realisticCorpus';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '100' } } });
const SAMPLES = Number(values.samples);
const SOURCES = 1000;
const PASSAGES_PER_SOURCE = 5;
const TYPED = 'Le ministre est arrivé à Pyongyang vendredi. ';

async function waitSynced(page: Page): Promise<void> {
  await page.getByRole('status', { name: 'Sync status' }).filter({ hasText: /^Synced/ }).waitFor({ timeout: 600_000 });
}

/** Installs the clocks: keydown times in the typist's page, arrival and frame times in the reader's. */
async function installProbes(typist: Page, reader: Page): Promise<void> {
  await typist.evaluate(() => {
    const w = window as unknown as { __sent: number[] };
    w.__sent = [];
    document.addEventListener('keydown', () => w.__sent.push(performance.timeOrigin + performance.now()), true);
  });
  await reader.evaluate(() => {
    const w = window as unknown as { __want: string | null; __arrived: number | null; __painted: number | null };
    const root = document.querySelector('[data-lexical-editor="true"]')!;
    w.__want = null;
    w.__arrived = null;
    w.__painted = null;
    new MutationObserver(() => {
      if (w.__want === null || w.__arrived !== null || root.textContent !== w.__want) return;
      w.__arrived = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => {
        w.__painted = performance.timeOrigin + performance.now();
      });
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
}

/** One keystroke typed by Ana; milliseconds until Ben's editor shows it (arrival, and its frame). */
async function oneKeystroke(ana: Page, ben: Page, char: string): Promise<{ arrivedMs: number; paintedMs: number }> {
  await ben.evaluate((c) => {
    const w = window as unknown as { __want: string | null; __arrived: number | null; __painted: number | null };
    w.__want = document.querySelector('[data-lexical-editor="true"]')!.textContent + c;
    w.__arrived = null;
    w.__painted = null;
  }, char);
  await ana.keyboard.type(char);
  await ben.waitForFunction(() => (window as unknown as { __painted: number | null }).__painted !== null, undefined, { timeout: 60_000, polling: 'raf' });
  const sent = await ana.evaluate(() => (window as unknown as { __sent: number[] }).__sent.at(-1)!);
  const { arrived, painted } = await ben.evaluate(() => {
    const w = window as unknown as { __arrived: number; __painted: number };
    return { arrived: w.__arrived, painted: w.__painted };
  });
  return { arrivedMs: +(arrived - sent).toFixed(2), paintedMs: +(painted - sent).toFixed(2) };
}

async function measureKeystrokes(server: SyncServerProcess) {
  const ana = await launchApp({ ownBrowser: true });
  const ben = await launchApp({ ownBrowser: true });
  try {
    const notebook = 'bench-keystrokes';
    await connectNotebook(ana.page, 'Share', server.url, await invitation(notebook, 'editor'), 'Ana');
    await waitSynced(ana.page);
    const anaNotes = new NotesPage(ana.page);
    await anaNotes.create('Latence');
    await anaNotes.text.click();
    await ana.page.keyboard.type('Départ. ');
    await connectNotebook(ben.page, 'Join', server.url, await invitation(notebook, 'editor'), 'Ben');
    await waitSynced(ben.page);
    const benNotes = new NotesPage(ben.page);
    await benNotes.list.getByRole('button', { name: /^Latence/ }).click();
    await benNotes.text.filter({ hasText: 'Départ.' }).waitFor({ timeout: 120_000 });
    await installProbes(ana.page, ben.page);
    await anaNotes.text.click();
    await ana.page.keyboard.press('Control+End');
    const first = await oneKeystroke(ana.page, ben.page, TYPED[0]!);
    const arrived: number[] = [];
    const painted: number[] = [];
    for (let i = 1; i <= SAMPLES; i++) {
      const sample = await oneKeystroke(ana.page, ben.page, TYPED[i % TYPED.length]!);
      arrived.push(sample.arrivedMs);
      painted.push(sample.paintedMs);
    }
    return {
      samples: SAMPLES,
      cold: first,
      warm: {
        arrivedP50Ms: percentile(arrived, 50),
        arrivedP95Ms: percentile(arrived, 95),
        paintedP50Ms: percentile(painted, 50),
        paintedP95Ms: percentile(painted, 95),
        paintedMaxMs: Math.max(...painted),
      },
    };
  } finally {
    await ana.close();
    await ben.close();
  }
}

/**
 * The notebook straight into IndexedDB, as the app stores an import: 1,000 sources of about 4,000
 * characters (the corpus the other benchmarks use), each with its version keyed by the SHA-256 of
 * its text (a receiver checks it), and five passages of 80 characters on each, one tag each.
 */
async function insertNotebook(page: Page): Promise<void> {
  const corpus = realisticCorpus(SOURCES, 4_000, 1908);
  const rows = corpus.map((source, i) => ({ id: `bench-source-${i}`, fileName: source.fileName, title: source.title, text: source.text, hash: createHash('sha256').update(source.text).digest('hex') }));
  for (let at = 0; at < rows.length; at += 250) {
    await page.evaluate(
      ({ batch, perSource }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('verbatim');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['sources', 'versions', 'passages', 'searchChanges'], 'readwrite');
            const now = new Date().toISOString();
            for (const s of batch) {
              tx.objectStore('versions').put({ hash: s.hash, sourceId: s.id, text: s.text, importedAt: now, byteSize: s.text.length, encoding: 'utf-8', origin: 'files' });
              tx.objectStore('sources').put({ id: s.id, fileName: s.fileName, title: s.title, language: 'fr', date: null, byteSize: s.text.length, hash: s.hash, importedAt: now, updatedAt: now });
              tx.objectStore('searchChanges').add({ table: 'sources', key: s.id });
              for (let k = 0; k < perSource; k++) {
                const start = (k * 97) % Math.max(1, s.text.length - 120);
                const exact = s.text.slice(start, start + 80);
                tx.objectStore('passages').put({ id: `${s.id}-p${k}`, sourceId: s.id, versionHash: s.hash, selector: { exact, prefix: s.text.slice(Math.max(0, start - 32), start), suffix: s.text.slice(start + 80, start + 112), start, end: start + exact.length }, tags: [['person', 'place', 'date', 'claim', 'doubt'][k % 5]], memo: '', status: 'exact', score: 1, createdAt: now, updatedAt: now });
              }
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { batch: rows.slice(at, at + 250), perSource: PASSAGES_PER_SOURCE },
    );
  }
}

function sourcesHeading(page: Page, count: number) {
  return page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { name: new RegExp(`\\(${count}\\)`) });
}

function storedCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
    store,
  );
}

/**
 * A fresh profile joins the notebook: ms from the Join click to every source listed with the status
 * Synced, and to every passage and version stored (read in IndexedDB every 100 ms).
 */
async function joinFresh(server: SyncServerProcess, notebook: string, expected: { sources: number; passages: number }): Promise<{ listedMs: number; storedMs: number }> {
  const joiner: AppHandle = await launchApp({ ownBrowser: true });
  try {
    await joiner.page.getByRole('option').first().waitFor({ timeout: 120_000 });
    const started = Date.now();
    await connectNotebook(joiner.page, 'Join', server.url, await invitation(notebook, 'editor'), 'Cara');
    await sourcesHeading(joiner.page, expected.sources).waitFor({ timeout: 600_000 });
    await waitSynced(joiner.page);
    const listedMs = Date.now() - started;
    while ((await storedCount(joiner.page, 'passages')) < expected.passages || (await storedCount(joiner.page, 'versions')) < expected.sources) {
      if (Date.now() - started > 600_000) throw new Error('the joiner did not store every passage and version in 10 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    return { listedMs, storedMs: Date.now() - started };
  } finally {
    await joiner.close();
  }
}

async function measureJoin(server: SyncServerProcess) {
  const notebook = 'bench-large';
  const owner = await launchApp({ ownBrowser: true });
  let uploadMs: number;
  let listed: number;
  let warmJoin: { listedMs: number; storedMs: number };
  let passages: number;
  try {
    await owner.page.getByRole('option').first().waitFor({ timeout: 120_000 });
    await insertNotebook(owner.page);
    await owner.page.reload();
    listed = await storedCount(owner.page, 'sources');
    passages = await storedCount(owner.page, 'passages');
    await sourcesHeading(owner.page, listed).waitFor({ timeout: 300_000 });
    // The status says Synced once the server answered the first exchange, before the tables are
    // written to the catalog and sent (a second Syncing): the upload ends at the last Synced, known
    // as the last once nothing changed for 3 s (that wait is not counted).
    await owner.page.evaluate(() => {
      const w = window as unknown as { __shareClick: number | null; __statuses: Array<{ at: number; text: string }> };
      w.__shareClick = null;
      w.__statuses = [];
      document.addEventListener('click', (event) => {
        if ((event.target as HTMLElement).closest('button')?.textContent === 'Share') w.__shareClick = performance.now();
      }, true);
      new MutationObserver(() => {
        const status = document.querySelector('[role="status"][aria-label="Sync status"]');
        const text = status?.textContent ?? '';
        if (text !== w.__statuses.at(-1)?.text) w.__statuses.push({ at: performance.now(), text });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await connectNotebook(owner.page, 'Share', server.url, await invitation(notebook, 'editor'), 'Ana');
    const uploaded = await owner.page.waitForFunction(() => {
      const w = window as unknown as { __shareClick: number | null; __statuses: Array<{ at: number; text: string }> };
      const last = w.__statuses.at(-1);
      const syncingAfterClick = w.__statuses.filter((s) => w.__shareClick !== null && s.at > w.__shareClick && s.text.startsWith('Syncing')).length;
      if (!last || w.__shareClick === null || syncingAfterClick < 2 || !last.text.startsWith('Synced') || performance.now() - last.at < 3_000) return null;
      return last.at - w.__shareClick;
    }, undefined, { timeout: 600_000, polling: 100 });
    uploadMs = Math.round((await uploaded.jsonValue())!);
    warmJoin = await joinFresh(server, notebook, { sources: listed, passages });
  } finally {
    await owner.close();
  }
  await server.kill();
  await server.start();
  const coldJoin = await joinFresh(server, notebook, { sources: listed, passages });
  return { sources: listed, passages, sourceChars: 4_000, uploadMs, warmJoin, coldJoin };
}

void (async () => {
  const machine = machineState();
  const server = new SyncServerProcess();
  await server.start();
  try {
    console.log('keystroke to the other window…');
    const keystrokes = await measureKeystrokes(server);
    console.log(JSON.stringify(keystrokes));
    console.log(`joining a notebook of ${SOURCES} sources and ${SOURCES * PASSAGES_PER_SOURCE} passages…`);
    const join_ = await measureJoin(server);
    console.log(JSON.stringify(join_));
    const out = join(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'sync-screen.json'), JSON.stringify({ date: new Date().toISOString(), machine, keystrokes, join: join_ }, null, 2) + '\n');
  } finally {
    await server.close();
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
