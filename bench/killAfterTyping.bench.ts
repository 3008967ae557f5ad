// npm run build && npx tsx --tsconfig tsconfig.node.json bench/killAfterTyping.bench.ts
// In Chromium through the harness: what a SIGKILL of the whole browser 0, 50, 150 and 300 ms after the
// last keystroke keeps, and how long after a keystroke the draft journal's IndexedDB copy (the one a kill cannot take
// away) is committed. Also what main's synchronous copy costs a keystroke: the bridge's keepDraftSync,
// timed in the page, for notes of 2 KB, 100 KB and 1 MB of editor JSON (the page waits that long at
// every change). Figures to bench/results/kill-after-typing.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp } from '../tests/e2e/support/app';
import { journalledText } from '../tests/e2e/support/notes';
import { percentile } from './corpus';

const TYPED = 'Aucun mot tapé ne se perd à la fermeture.';
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
// How long after the last keystroke the browser is killed.
const DELAYS_MS = [0, 50, 150, 300];


/** The stored text of the note titled `title`: its Lexical JSON's text nodes joined. */
function storedText(page: Page, title: string): Promise<string> {
  return page.evaluate(
    (t) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('verbatim');
        open.onsuccess = () => {
          const req = open.result.transaction('notes').objectStore('notes').getAll();
          req.onsuccess = () => {
            const note = (req.result as Array<{ title: string; content: string }>).find((n) => n.title === t);
            // A stack, not a named helper: tsx would wrap a helper in __name, unknown in the page.
            const texts: string[] = [];
            const stack: Array<{ text?: string; children?: unknown[] }> = note?.content ? [(JSON.parse(note.content) as { root: { children?: unknown[] } }).root] : [];
            while (stack.length > 0) {
              const node = stack.pop()!;
              if (typeof node.text === 'string') texts.push(node.text);
              stack.push(...([...(node.children ?? [])].reverse() as Array<{ text?: string; children?: unknown[] }>));
            }
            resolve(texts.join(''));
          };
        };
      }),
    title,
  );
}

async function newNote(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New note' }).click();
  const titleBox = page.getByRole('textbox', { name: 'Note title' });
  await titleBox.fill(title);
  await titleBox.press('Enter');
  // The rename is stored before typing starts: the kill is meant for the typed text alone.
  await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: new RegExp(`^${title}`) }).waitFor().catch(async (error: unknown) => {
    await page.screenshot({ path: '/tmp/killfail.png' });
    throw error;
  });
  await page.getByRole('textbox', { name: 'Note text' }).click();
}

void (async () => {
  const app = await launchApp({ ownBrowser: true });
  const kept: Record<number, number[]> = {};
  const commitMs: number[] = [];
  let syncCopyMs: Record<string, { whole: number; keystrokeP50: number; keystrokeMax: number }> = {};
  try {
    syncCopyMs = await app.page.evaluate(() => {
      // As the journal calls it: the whole draft once, then one character's change per keystroke.
      const out: Record<string, { whole: number; keystrokeP50: number; keystrokeMax: number }> = {};
      const bridge = (window as unknown as { notebook: { keepDraftSync(d: unknown): boolean; dropDraftSync(k: unknown): boolean } }).notebook;
      for (const kb of [2, 100, 1024]) {
        let content = JSON.stringify({ root: { text: 'é'.repeat(kb * 512) } });
        const key = { noteId: 'bench-' + kb, windowId: 'bench' };
        const t0 = performance.now();
        bridge.keepDraftSync({ ...key, content, baseRevision: 1, writtenAt: Date.now() });
        const whole = performance.now() - t0;
        const times: number[] = [];
        for (let i = 0; i < 30; i++) {
          const at = content.length - 3;
          content = content.slice(0, at) + 'a' + content.slice(at);
          const t1 = performance.now();
          bridge.keepDraftSync({ ...key, baseRevision: 1, writtenAt: Date.now(), splice: { at, remove: 0, insert: 'a' }, length: content.length });
          times.push(performance.now() - t1);
        }
        bridge.dropDraftSync(key);
        times.sort((a, b) => a - b);
        // Inline: tsx would wrap a named helper in __name, unknown in the page.
        out[`${kb} KB`] = { whole: Math.round(whole * 10) / 10, keystrokeP50: Math.round(times[15]! * 10) / 10, keystrokeMax: Math.round(times[29]! * 10) / 10 };
      }
      return out;
    });
    for (let round = 0; round < ROUNDS; round++) {
      // How long the draft of the last keystroke takes to be committed (polled every few ms).
      await newNote(app.page, `Mesure ${round}`);
      await app.page.keyboard.type(TYPED);
      const t0 = Date.now();
      while ((await journalledText(app.page)).indexOf(TYPED.slice(-8)) < 0 && Date.now() - t0 < 10_000) continue;
      commitMs.push(Date.now() - t0);

      // A kill at each delay after typing ends: how many characters come back.
      for (const delay of DELAYS_MS) {
        const title = `Tuée ${round} ${delay}`;
        await newNote(app.page, title);
        await app.page.keyboard.type(TYPED);
        // The delay is the scenario being measured.
        if (delay > 0) await app.page.waitForTimeout(delay);
        const page = await app.killBrowser();
        await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: new RegExp(`^${title}`) }).waitFor();
        let text = '';
        for (let i = 0; i < 200 && text.length < TYPED.length; i++) text = await storedText(page, title);
        (kept[delay] ??= []).push(text.length);
      }
    }
  } finally {
    await app.close();
  }
  const result = {
    what: 'SIGKILL of the browser 0, 50, 150 and 300 ms after the last keystroke (after Playwright’s keyboard.type resolves); 41 characters typed',
    typed: TYPED.length,
    keptPerRoundByDelayMs: kept,
    lastKeystrokeToDraftCommitMs: { p50: percentile(commitMs, 50), max: Math.max(...commitMs), all: commitMs },
    mainCopyPerKeystrokeMs: syncCopyMs,
    loadAverageAtEnd: loadavg()[0],
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results/kill-after-typing.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
})();
