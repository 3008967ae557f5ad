import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..');

/** A bench of its own that the runner calls, and how its figures read in the table. */
interface FoldedBench {
  readonly file: string;
  /** Its results file(s) under bench/results/, the first that exists is read. */
  readonly results: readonly string[];
  readonly where: 'Chromium' | 'Node only';
  readonly measure: string;
  readonly summary: (r: any) => string;
  /** Left out of `--quick` runs (minutes of work). */
  readonly heavy?: boolean;
  readonly env?: (sizes: readonly number[]) => Record<string, string>;
}

const ms = (n: unknown) => (typeof n === 'number' ? `${Math.round(n).toLocaleString('en')} ms` : '—');

export const FOLDED: readonly FoldedBench[] = [
  {
    file: 'searchLatency.bench.ts',
    results: ['searchLatency.json', 'search-latency.json'],
    where: 'Chromium',
    measure: '3 palette search, keystroke to results painted',
    env: (sizes) => ({ BENCH_SIZES: sizes.join(',') }),
    summary: (r) =>
      (r.figures as any[])
        .map((f) =>
          f.warm
            ? `${(f.corpus?.sources ?? 0).toLocaleString('en')} sources (${f.corpus?.mb} MB, ${(f.corpus?.distinctTerms ?? 0).toLocaleString('en')} distinct terms): warm p50 ${ms(f.warm.p50Ms?.median)}, p95 ${ms(f.warm.p95Ms?.median)}; cold, first keystroke after a start ${ms(f.cold?.firstKeystrokeAfterStartMs?.median)}, slowest keystroke of the first query ${ms(f.cold?.slowestKeystrokeOfFirstQueryMs?.median)}`
            : `${f.sources} sources: p50 ${ms(f.typing?.p50Ms)}, p95 ${ms(f.typing?.p95Ms)}; first search after start ${ms(f.firstSearchAfterStartMs)}`,
        )
        .join('; ') + (typeof r.date === 'string' ? ` (measured ${r.date.slice(0, 16).replace('T', ' ')} UTC)` : ''),
  },
  {
    file: 'noteLoad.bench.ts',
    results: ['note-load.json'],
    where: 'Chromium',
    measure: '6 open a note of many quotes; save latency',
    env: () => ({ BENCH_QUOTES: '500' }),
    summary: (r) => {
      const open = r.openNoteMs ?? r.openNoteWith200QuotesMs;
      return `${r.quotes ?? 200} quotes: open ${ms(open?.p50)} (max ${ms(open?.max)}); save p50 ${ms(r.saveLatencyMs?.p50)} (includes the editor's save delay)`;
    },
  },
  {
    file: 'backup.bench.ts',
    results: ['backup.json'],
    where: 'Chromium',
    measure: '8 backup and restore of the whole notebook',
    heavy: true,
    summary: (r) => `${r.small?.notebook}: backup ${ms(r.small?.backupMs)}, restore check ${ms(r.small?.restoreReadAndCheckMs)}, apply ${ms(r.small?.restoreApplyMs)}; with 250 MB of text: backup ${ms(r.large?.backupMs)}, restore ${ms((r.large?.restoreReadAndCheckMs ?? 0) + (r.large?.restoreApplyMs ?? 0))}`,
  },
  {
    file: 'exportNotes.bench.ts',
    results: ['export-notes.json'],
    where: 'Chromium',
    measure: '8 Export all notes… (DB reads, Markdown, IPC, file writes)',
    summary: (r) => `${r.notes} notes (${r.filesWritten} files): median ${ms(r.exportMs?.median)} (${ms(r.exportMs?.min)}–${ms(r.exportMs?.max)})`,
  },
  {
    file: 'export.bench.ts',
    results: ['export.json'],
    where: 'Node only',
    measure: '8 Markdown export of notes (no DB reads, no file writes)',
    summary: (r) => `${r.notes} notes, ${r.quotes} quotes: median ${ms(r.exportAllMs?.median)}`,
  },
  {
    file: 'reanchor.bench.ts',
    results: ['reanchor.json'],
    where: 'Node only',
    measure: '5 re-anchoring 1,000 passages (pure function)',
    summary: (r) =>
      `${r.passages} passages on ${Math.round(r.textLength / 1000)} K chars, all together: ${ms(r.totalMs)} (CPU ${ms(r.totalCpuMs)}), one at a time ${ms(r.oneAtATimeMs)}; ${r.statuses?.moved} moved, ${r.statuses?.fuzzy} fuzzy, ${r.statuses?.orphaned} orphaned`,
  },
  {
    file: 'mentions.bench.ts',
    results: ['mentions.json'],
    where: 'Node only',
    measure: '7 mentions of actors (pure function)',
    summary: (r) => Object.entries(r).filter(([, v]) => typeof v === 'object' && v !== null && 'findMentionsWarmMs' in (v as object)).map(([k, v]: [string, any]) => `${k} (${v.sources} sources): find ${ms(v.findMentionsWarmMs?.p50)} p50`).join('; '),
  },
  {
    file: 'annotationImport.bench.ts',
    results: ['annotation-import.json'],
    where: 'Node only',
    measure: 'W3C import of 10,000 annotations (fake-indexeddb)',
    heavy: true,
    summary: (r) => `${r.annotations} annotations: ${ms(r.totalMs)}, longest chunk ${ms(r.longestChunkMs)}`,
  },
  {
    file: 'importLongTasks.bench.ts',
    results: ['import-long-tasks.json'],
    where: 'Chromium',
    measure: '1 does a 5 MB import freeze the window? (longest task, click to report)',
    heavy: true,
    summary: (r) => {
      // The file keeps one figure per label (before / after a change); the table shows the newest.
      const newest = (Object.values(r.results ?? {}) as any[]).sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
      const f = newest?.figure;
      if (!f) return '—';
      return `${f.files.toLocaleString('en')} files (${f.megabytes} MB), ${f.runs} runs: longest task median ${ms(f.longestTaskMs?.median)} (${ms(f.longestTaskMs?.min)}–${ms(f.longestTaskMs?.max)}), tasks over 100 ms per run ${JSON.stringify(f.tasksOver100Ms)}; import ${ms(f.importMs?.median)}; ${r.machine} (measured ${String(newest.date).slice(0, 16).replace('T', ' ')} UTC)`;
    },
  },
  {
    file: 'sync.bench.ts',
    results: ['sync.json'],
    where: 'Node only',
    measure: '10 sync server on loopback (Hocuspocus, providers in Node)',
    heavy: true,
    summary: (r) =>
      `edit to other client p50 ${ms(r.latency?.p50Ms)}, p95 ${ms(r.latency?.p95Ms)}; first sync of ${r.firstSync?.sources} sources + ${r.firstSync?.passages} passages (${r.firstSync?.updateMb} MB): ${ms(r.firstSync?.warmFirstSyncMs)} open on the server, ${ms(r.firstSync?.coldFirstSyncMs)} after a restart; server memory ${r.memory?.perNotebookMb} MB per open notebook of ${r.memory?.sourcesEach} sources; soak ${r.soak?.clients} clients × ${r.soak?.seconds} s: ${r.soak?.keystrokesPerSecond} keystrokes/s, ${r.soak?.deliveriesPerSecond} deliveries/s, p95 ${ms(r.soak?.p95Ms)}`,
  },
  {
    file: 'syncScreen.bench.ts',
    results: ['sync-screen.json'],
    where: 'Chromium',
    measure: '10b sync through the app: keystroke to the other window, joining a large notebook',
    heavy: true,
    summary: (r) =>
      `keystroke to the frame showing it in the other window: first ${ms(r.keystrokes?.cold?.paintedMs)}, then p50 ${ms(r.keystrokes?.warm?.paintedP50Ms)}, p95 ${ms(r.keystrokes?.warm?.paintedP95Ms)} (${r.keystrokes?.samples} keystrokes); sharing ${r.join?.sources} sources + ${r.join?.passages} passages: ${ms(r.join?.uploadMs)} to Synced; a fresh profile joining it: every source listed in ${ms(r.join?.warmJoin?.listedMs)}, all stored in ${ms(r.join?.warmJoin?.storedMs)} (server restarted: ${ms(r.join?.coldJoin?.listedMs)}, ${ms(r.join?.coldJoin?.storedMs)})`,
  },
];

export interface FoldedResult {
  readonly measure: string;
  readonly where: string;
  readonly file: string;
  readonly ok: boolean;
  readonly summary: string;
  readonly figures: unknown;
}

/** Runs one bench as its own process and reads back what it wrote. */
export function runFolded(bench: FoldedBench, sizes: readonly number[]): FoldedResult {
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', join('bench', bench.file)], {
    cwd: REPO,
    env: { ...process.env, ...bench.env?.(sizes) },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 60 * 60_000,
  });
  const file = bench.results.map((f) => join(REPO, 'bench/results', f)).find(existsSync);
  let figures: any = null;
  try {
    figures = file ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    figures = null;
  }
  const fresh = figures !== null && typeof figures.date === 'string' ? Date.parse(figures.date) >= started : run.status === 0;
  let summary = '—';
  try {
    summary = figures ? bench.summary(figures) : '—';
  } catch {
    summary = `see bench/results/${bench.results[0]}`;
  }
  return { measure: bench.measure, where: bench.where, file: bench.file, ok: run.status === 0 && fresh, summary, figures };
}
