// npx tsx --tsconfig tsconfig.node.json bench/profileSearchLoad.ts [count]
// Where loading a saved search index goes (Node, pure functions): serialize, parse, rebuild the term index.
import { SearchIndex } from '../common/search/searchIndex';
import { realisticCorpus } from './realisticCorpus';

const count = Number(process.argv[2] ?? 10_000);
const corpus = realisticCorpus(count);
const index = new SearchIndex();
let t = performance.now();
corpus.forEach((s, i) => index.add({ kind: 'source', id: `gen-${i}`, title: s.title, text: s.text, sourceId: `gen-${i}`, version: `v${i}` }));
console.log('build', Math.round(performance.now() - t));
t = performance.now();
const data = index.toJSON();
console.log('toJSON', Math.round(performance.now() - t));
t = performance.now();
const json = JSON.stringify(data);
const miniJson = JSON.stringify(data.mini);
console.log('stringify', Math.round(performance.now() - t), 'MB total', (json.length / 1e6).toFixed(1), 'mini', (miniJson.length / 1e6).toFixed(1));
t = performance.now();
const parsed = JSON.parse(json);
console.log('parse', Math.round(performance.now() - t));
t = performance.now();
SearchIndex.loadJSON(parsed);
console.log('loadJS', Math.round(performance.now() - t));
const mini = data.mini as unknown as { index: Array<[string, Record<string, Record<string, number>>]> };
let postings = 0;
for (const [, fields] of mini.index) for (const f of Object.values(fields)) postings += Object.keys(f).length;
console.log('terms', mini.index.length, 'postings', postings);
