import type { ReaderFigures } from './chromium/readerMeasure';
import type { InterchangeFigures } from './chromium/interchangeMeasure';
import type { FoldedResult } from './foldedBenches';
import type { MachineState } from './machineState';
import type { SizeFigures } from './run';
import { cell, type Spread } from './spread';

interface Results {
  readonly machine: MachineState;
  readonly runsPerFigure: number;
  readonly largeRuns: number;
  readonly command: string;
  readonly quick: boolean;
  readonly sizes: readonly SizeFigures[];
  readonly reader: { runs: ReaderFigures[]; spread: Record<string, Spread | null> } | null;
  readonly folded: readonly FoldedResult[];
  /** Absent from results written before it was measured. */
  readonly interchange?: InterchangeFigures | null;
}

const s = (x: Spread | null | undefined) => (x ? cell(x, ' ms').replace(/(\d[\d,]*) ms/g, (_, n: string) => `${(Number(n.replace(/,/g, '')) / 1000).toFixed(2)} s`) : '—');
const ms = (x: Spread | null | undefined) => cell(x ?? null, ' ms');
const n = (x: Spread | null | undefined, unit = '') => cell(x ?? null, unit);
const ratio = (x: Spread | null | undefined) => (x ? (x.runs === 1 ? `${x.median}×` : `${x.median}× (${x.min}–${x.max})`) : '—');

/** bench/RESULTS.md: the runner's figures as tables, with the machine and corpus they were measured on. */
export function resultsMarkdown(r: Results): string {
  const m = r.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${r.command ? ` -- ${r.command}` : ''}\` on ${m.date.slice(0, 16).replace('T', ' ')} UTC. Do not edit by hand.`,
    '',
    `Machine: ${m.cpuCount} × ${m.cpuModel}, ${m.memoryGb} GB; load average at start ${m.loadAtStart.join(' / ')} (1 / 5 / 15 min; a load above ${m.cpuCount} means other jobs shared the cores, and every figure is slower by about that factor). Node ${m.node}, ${m.chromium} headless.`,
    '',
    `Every figure: median of ${r.runsPerFigure} runs (${r.largeRuns} at 10,000 sources), lowest–highest in brackets. **Cold**: a fresh Chromium profile (or a new browser process on the profile for starts); **warm**: the same page again. Floors are measured in the same page, in the same run, right after the figure they bound.`,
    '',
    '## Corpus',
    '',
    'Generated deterministically by `bench/realisticCorpus.ts`: sentences of the seeds and of the Steinheil OCR texts mixed with generated names of people and places, numbers, dates and French word forms; sources of about 4 KB.',
    '',
    '| sources | MB | distinct terms |',
    '|---:|---:|---:|',
    ...r.sizes.map((z) => `| ${z.sources.toLocaleString('en')} | ${z.corpusMb} | ${z.distinctTerms.toLocaleString('en')} |`),
    '',
    '## 1 · Import through “Import text files…” (Chromium)',
    '',
    'From the click to the frame after the import report is painted (reading in main, questions, writing, re-anchoring). Floor: a raw Dexie `bulkPut` of the same rows (versions and sources, same indexes) in one transaction in the same page. Longest task: the longest `longtask` from the click until the library shows the new count. Read / write: the app’s own performance marks. Warm: the same page imports as many other files into the notebook that holds the first ones.',
    '',
    '| sources | cold import | files/s | floor | ratio | longest task | read / write | library shows them | warm import | warm floor | warm ratio | warm longest task |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.map((z) => {
      const i = z.import;
      return `| ${z.sources.toLocaleString('en')} | ${s(i['coldMs'])} | ${n(i['coldFilesPerSecond'])} | ${s(i['coldFloorMs'])} | ${ratio(i['coldRatio'])} | ${ms(i['coldLongestTaskMs'])} | ${s(i['coldReadMs'])} / ${s(i['coldWriteMs'])} | ${s(i['coldLibraryMs'])} | ${s(i['warmMs'])} | ${s(i['warmFloorMs'])} | ${ratio(i['warmRatio'])} | ${ms(i['warmLongestTaskMs'])} |`;
    }),
    '',
    '## 2 · Start to an interactive library (Chromium)',
    '',
    'From navigation start to the frame after the first source of the library is painted, and to the import button enabled (the start-up check of the seeds done). Cold: a new browser process on the profile; warm: a reload. The notebook holds 2 × N sources + the seeds (after the cold and warm imports).',
    '',
    '| sources stored | cold: library painted | cold: ready | cold: longest task | warm: library painted | warm: ready | warm: longest task |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.map((z) => `| ${(2 * z.sources + 5).toLocaleString('en')} | ${s(z.start['coldLibraryMs'])} | ${s(z.start['coldReadyMs'])} | ${ms(z.start['coldLongestTaskMs'])} | ${s(z.start['warmLibraryMs'])} | ${s(z.start['warmReadyMs'])} | ${ms(z.start['warmLongestTaskMs'])} |`),
    '',
    '## 9 · Memory and disk (Chromium)',
    '',
    'Renderer JS heap in use after a garbage collection (DevTools protocol), and the profile’s IndexedDB folder on disk.',
    '',
    '| sources | heap after import | heap after warm import (2 × N) | heap after a cold start | IndexedDB on disk |',
    '|---:|---:|---:|---:|---:|',
    ...r.sizes.map((z) => `| ${z.sources.toLocaleString('en')} | ${n(z.memory['heapAfterImportMb'], ' MB')} | ${n(z.memory['heapAfterWarmImportMb'], ' MB')} | ${n(z.memory['heapAfterColdStartMb'], ' MB')} | ${n(z.memory['indexedDbMb'], ' MB')} |`),
    '',
  ];
  if (r.reader) {
    const x = r.reader.spread;
    lines.push(
      '## 4 · Reader and 5 · re-anchoring in the import path (Chromium)',
      '',
      `A source of ${x['textKb']?.median ?? '?'} KB with ${x['passages']?.median ?? '?'} highlights. Open: click in the library to the frame after the title and a first highlight are painted, then to all highlights in the page. Scroll: the reader scrolled to its end, 120 px a frame, frames timed by \`requestAnimationFrame\`. Re-anchoring: the file edited (a sentence every 5 KB) and imported again, click to report painted.`,
      '',
      '| open: first paint | all highlights drawn | longest task | scroll frames | frames over 16 ms | worst frame | re-import with re-anchoring | of which writing | longest task |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${ms(x['firstPaintMs'])} | ${ms(x['allHighlightsMs'])} | ${ms(x['openLongestTaskMs'])} | ${n(x['scrollFrames'])} | ${n(x['framesOver16Ms'])} | ${ms(x['worstFrameMs'])} | ${ms(x['reanchorMs'])} | ${ms(x['reanchorWriteMs'])} | ${ms(x['reanchorLongestTaskMs'])} |`,
      '',
    );
  }
  if (r.interchange) {
    const a = r.interchange.annotationImport.spread;
    const tl = r.interchange.timeline.spread;
    lines.push(
      '## W3C annotation import and 7 · the timeline (Chromium)',
      '',
      `Import: ${a['annotations']?.median?.toLocaleString('en') ?? '?'} W3C annotations (${a['fileMb']?.median ?? '?'} MB; half quote a seed, half are orphans) through Backups → “Import annotations…” on a fresh profile: click to the frame after the notice with the counts is painted. Parse and anchor run in a worker; read notebook and write are the UI thread's (the app's own measures). Write floor: raw IndexedDB adds of the same rows into a store with the same indexes, one transaction, same page, right after. Frame gap: the longest gap between two animation frames during the import.`,
      '',
      '| import | parse | read notebook | anchor | write | write floor | longest task | worst frame gap | progress texts painted |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${s(a['ms'])} | ${ms(a['parseMs'])} | ${ms(a['readNotebookMs'])} | ${ms(a['anchorMs'])} | ${ms(a['writeMs'])} | ${ms(a['writeFloorMs'])} | ${ms(a['longestTaskMs'])} | ${ms(a['worstFrameGapMs'])} | ${n(a['progressTexts'])} |`,
      '',
      `Timeline: ${tl['events']?.median?.toLocaleString('en') ?? '?'} dated events, two pieces of evidence each, in the same notebook after the import; click on the Timeline tab to the first card painted. The timeline draws ${tl['cardsDrawn']?.median ?? '?'} cards, then more as its end scrolls into view.`,
      '',
      '| first card | cards drawn | longest task | heap |',
      '|---:|---:|---:|---:|',
      `| ${ms(tl['firstCardMs'])} | ${n(tl['cardsDrawn'])} | ${ms(tl['longestTaskMs'])} | ${n(tl['heapMb'], ' MB')} |`,
      '',
    );
  }
  if (r.folded.length > 0) {
    lines.push(
      '## Benches of their own, run by the runner',
      '',
      'Each writes its own file under `bench/results/`. “Node only” marks a shortcut: the pure function in Node, not the user’s path in the browser.',
      '',
      '| measure | where | bench | figures |',
      '|---|---|---|---|',
      ...r.folded.map((f) => `| ${f.measure} | ${f.where} | \`bench/${f.file}\`${f.ok ? '' : ' (failed or stale this run)'} | ${f.summary.replace(/\|/g, '\\|')} |`),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
