// npx tsx bench/searchRelevance.bench.ts            (needs ../shared/corpora/steinheil-1908)
// SEARCH_INDEX_MODULE=/path/to/common/search/searchIndex.ts LABEL=before npx tsx bench/searchRelevance.bench.ts
// Precision at 1 and 5 and mean reciprocal rank of the search over judged queries (bench/relevance/):
// a result counts when it is a document judged relevant AND the reader lands on the judged words.
// Figures to bench/results/search-relevance[-LABEL].json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { terms } from '../common/search/analyzer';
import { isWeakTerm } from '../common/search/stopWords';
import { foldTerm } from '../common/text/fold';
import { normalizeSourceText } from '../common/text/normalize';
import { HELD_OUT_QUERIES } from './relevance/heldOutQueries';
import { JUDGED_QUERIES, type DocId, type JudgedQuery } from './relevance/judgedQueries';

interface Result {
  id: string;
  hits: ReadonlyArray<{ start: number; end: number }>;
  best?: number;
}
interface Index {
  add(doc: { kind: 'source'; id: string; title: string; text: string }): void;
  search(query: string, filters?: object, limit?: number): Result[];
}

const STEINHEIL = join(__dirname, '../../shared/corpora/steinheil-1908');
const STEINHEIL_IDS: Record<string, DocId> = { 'figaro_june_1_1908_clean.txt': 'fj', 'figaro_november_27_1908_clean.txt': 'fn', 'humanite_june_1_1908_clean.txt': 'hj', 'humanite_novembre_27_1908_clean.txt': 'hn' };

async function main() {
  if (!existsSync(STEINHEIL)) {
    console.log(`skipped: ${STEINHEIL} is not there`);
    return;
  }
  const modulePath = process.env['SEARCH_INDEX_MODULE'] ?? '../common/search/searchIndex';
  const { SearchIndex } = (await import(modulePath)) as { SearchIndex: new () => Index };
  const texts = new Map<DocId, string>();
  const seeds = readdirSync(join(__dirname, '../seeds')).filter((f) => f.endsWith('.txt')).sort();
  seeds.forEach((f, i) => texts.set(`s${i}` as DocId, normalizeSourceText(readFileSync(join(__dirname, '../seeds', f), 'utf8'))));
  for (const [f, id] of Object.entries(STEINHEIL_IDS)) texts.set(id, normalizeSourceText(readFileSync(join(STEINHEIL, f), 'utf8')));
  const index = new SearchIndex();
  for (const [id, text] of texts) index.add({ kind: 'source', id, title: text.split('\n').find((l) => l.trim())!.trim().slice(0, 120), text });

  const judge = (set: readonly JudgedQuery[]) => {
    const rows = set.map((q) => {
      // Finished queries (a space typed after them), as the palette searches once typing settles on a word.
      const results = index.search(`${q.query} `, {}, 20).slice(0, 5);
      const landings = results.map((r) => {
        const hit = r.hits[r.best ?? 0];
        return hit ? foldTerm(texts.get(r.id as DocId)!.slice(hit.start, hit.end)) : '';
      });
      const good = results.map((r, i) => q.relevant.includes(r.id as DocId) && q.land.test(landings[i]!));
      const first = good.indexOf(true);
      // A landing on nothing but short or common words (« un », « du », « son »).
      const stopOnly = landings.filter((l) => l !== '' && terms(l).every(isWeakTerm)).length;
      return { query: q.query, what: q.what, top: results.map((r, i) => `${r.id}:${landings[i]}`), p1: good[0] ? 1 : 0, p5: good.filter(Boolean).length / Math.min(5, q.relevant.length), rr: first === -1 ? 0 : 1 / (first + 1), stopOnly };
    });
    const mean = (f: (r: (typeof rows)[number]) => number) => +(rows.reduce((n, r) => n + f(r), 0) / rows.length).toFixed(3);
    return {
      queries: rows.length,
      precisionAt1: mean((r) => r.p1),
      precisionAt5: mean((r) => r.p5),
      meanReciprocalRank: mean((r) => r.rr),
      stopWordOnlyLandingsInTop5: rows.reduce((n, r) => n + r.stopOnly, 0),
      misses: rows.filter((r) => r.p1 === 0).map((r) => ({ query: r.query, top: r.top })),
      rows,
    };
  };
  const label = process.env['LABEL'] ?? 'after';
  const heldOut = judge(HELD_OUT_QUERIES);
  const result = {
    what: 'Judged relevance over the 5 seeds and the 4 Steinheil texts: a result counts when the document is judged relevant and the landing words match the judged ones',
    label,
    engine: process.env['SEARCH_INDEX_MODULE'] ?? 'common/search/searchIndex (MiniSearch)',
    ...judge(JUDGED_QUERIES),
    // Judged by hand before the search ever ran on them (bench/relevance/heldOutQueries.ts): the honest figure.
    heldOut,
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, `results/search-relevance${label === 'after' ? '' : `-${label}`}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify({ ...result, rows: undefined, heldOut: { ...heldOut, rows: undefined } }, null, 2));
}

void main();
