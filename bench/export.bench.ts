// npx tsx --tsconfig tsconfig.node.json bench/export.bench.ts
// Export time for 100 notes with 2,000 quotes, and loading (parsing) a note of 200 quotes headlessly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createHeadlessEditor } from '@lexical/headless';
import { NOTE_NODES } from '../common/editor/nodes';
import { exportNoteToMarkdown } from '../common/export/exportNote';
import { verifyMarkdown } from '../common/export/verifyMarkdown';
import { contextFor, loadSource, noteQuoting, passageOf } from '../tests/support/exportFixtures';
import { rng } from './corpus';

const sources = readdirSync(join(__dirname, '../seeds')).sort().map((f) => loadSource(join(__dirname, '../seeds', f)));
const random = rng(3);
const passages = Array.from({ length: 2000 }, (_, i) => {
  const s = sources[i % sources.length]!;
  const start = Math.floor(random() * (s.text.length - 120));
  return passageOf(s, s.text.slice(start, start + 40 + Math.floor(random() * 60)), `p${i}`);
});
const notes = Array.from({ length: 100 }, (_, i) => noteQuoting(passages.slice(i * 20, i * 20 + 20)));
const ctx = contextFor(passages);

const t0 = performance.now();
const outputs = notes.map((n) => exportNoteToMarkdown(n, ctx));
const exportMs = performance.now() - t0;

const reader = (name: string) => sources.find((s) => s.fileName === name) ?? null;
const t1 = performance.now();
const failures = outputs.flatMap((m) => verifyMarkdown(m, reader)).filter((r) => r.status !== 'OK').length;
const verifyMs = performance.now() - t1;

const big = noteQuoting(passages.slice(0, 200));
const t2 = performance.now();
const editor = createHeadlessEditor({ namespace: 'bench', nodes: NOTE_NODES, onError: (e) => { throw e; } });
editor.setEditorState(editor.parseEditorState(big));
const loadMs = performance.now() - t2;

const result = {
  exportOf100NotesWith2000QuotesMs: Math.round(exportMs),
  verifyOfThoseMs: Math.round(verifyMs),
  verifyFailures: failures,
  parseNoteWith200QuotesHeadlessMs: Math.round(loadMs),
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/export.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
