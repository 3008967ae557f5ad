// npx tsx --tsconfig tsconfig.node.json bench/refreshResults.ts [--reader N | --reader-file runs.json] [--folded a.bench.ts,b.bench.ts]
// Re-measures part of bench/RESULTS.md without the hours of a whole run: the reader and re-anchoring
// figures (N runs, built app in Chromium; build first) and/or the named benches of their own, read
// back from their bench/results/ files (run them first). Every other figure stays as the last
// whole run wrote it; the header says what was refreshed and when.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppProfile } from './chromium/appProfile';
import { waitForLibrary } from './chromium/importMeasure';
import { readerAndReanchor, type ReaderFigures } from './chromium/readerMeasure';
import { FOLDED, type FoldedResult } from './foldedBenches';
import { resultsMarkdown } from './resultsMarkdown';
import { spread } from './spread';

const { values } = parseArgs({ options: { reader: { type: 'string' }, 'reader-file': { type: 'string' }, folded: { type: 'string' } } });

async function main() {
  const path = join(__dirname, 'results.json');
  const results = JSON.parse(readFileSync(path, 'utf8'));
  const refreshed: string[] = [];
  const readerRuns = Number(values.reader ?? 0);
  if (readerRuns > 0 || values['reader-file']) {
    // --reader-file: runs already measured (a JSON array of ReaderFigures), e.g. by an earlier call.
    const runs: ReaderFigures[] = values['reader-file'] ? (JSON.parse(readFileSync(values['reader-file'], 'utf8')) as ReaderFigures[]) : [];
    for (let r = 0; r < readerRuns; r++) {
      const app = new AppProfile(900 + r);
      try {
        await app.startHarness();
        const page = await app.launch();
        await page.goto(app.url());
        await waitForLibrary(page);
        runs.push(await readerAndReanchor(app));
        console.log(JSON.stringify(runs[runs.length - 1]));
      } finally {
        await app.dispose();
      }
    }
    const keys = Object.keys(runs[0]!) as Array<keyof ReaderFigures>;
    results.reader = { runs, spread: Object.fromEntries(keys.map((k) => [k, spread(runs.map((x) => x[k]))])) };
    writeFileSync(join(__dirname, 'results/reader-runs.json'), `${JSON.stringify(runs, null, 2)}\n`);
    refreshed.push(`the reader and re-anchoring (${runs.length} runs)`);
  }
  for (const file of (values.folded ?? '').split(',').filter(Boolean)) {
    const bench = FOLDED.find((b) => b.file === file);
    if (!bench) throw new Error(`no bench ${file} in bench/foldedBenches.ts`);
    const figures = JSON.parse(readFileSync(join(__dirname, 'results', bench.results[0]!), 'utf8'));
    const entry: FoldedResult = { measure: bench.measure, where: bench.where, file: bench.file, ok: true, summary: bench.summary(figures), figures };
    const at = (results.folded as FoldedResult[]).findIndex((f) => f.file === file);
    if (at >= 0) results.folded[at] = entry;
    else results.folded.push(entry);
    refreshed.push(`${file} (${String(figures.date).slice(0, 16).replace('T', ' ')} UTC)`);
  }
  results.command = `${results.command}; refreshed on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by bench/refreshResults.ts: ${refreshed.join(', ')}`;
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(__dirname, 'RESULTS.md'), resultsMarkdown(results));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
