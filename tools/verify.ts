// npm run verify -- <file.md or folder> [--sources <dir>]
// Proves that every quote of exported Markdown is verbatim at its stated place in its source.
// The checking is common/export/verifyMarkdown.ts; this file only finds files and reads sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSourceBytes } from '../common/text/decode';
import { normalizeSourceText } from '../common/text/normalize';
import { verifyMarkdown } from '../common/export/verifyMarkdown';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sources: { type: 'string', default: resolve(__dirname, '../seeds') } } });
if (positionals.length === 0) {
  console.error('usage: npm run verify -- <file.md or folder> [--sources <dir>]');
  process.exit(2);
}
const sourcesDir = resolve(values.sources!);

function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.name.toLowerCase().endsWith('.md') ? [full] : [];
    });
}

/** A source decoded and normalized exactly as the import does, so offsets and hashes mean the same. */
function readSource(fileName: string): string | null {
  // A locator names a file in the sources folder, never a path: nothing outside it is read.
  if (fileName !== basename(fileName) || fileName === '.' || fileName === '..' || fileName.includes('\\')) return null;
  const path = join(sourcesDir, fileName);
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const decoded = decodeSourceBytes(readFileSync(path));
  if (!decoded.ok) {
    console.error(`verify: ${path} cannot be read as text (${decoded.reason})`);
    return null;
  }
  return normalizeSourceText(decoded.text);
}

let passed = 0;
let failed = 0;
const files: string[] = [];
for (const arg of positionals) {
  const path = resolve(arg);
  if (existsSync(path)) files.push(...markdownFiles(path));
  else {
    console.log(`ERROR ${path} — no such file or folder`);
    failed++;
  }
}
if (files.length === 0 && failed === 0) {
  console.log(`ERROR no Markdown files in ${positionals.join(', ')}`);
  failed++;
}
for (const file of files) {
  try {
    for (const r of verifyMarkdown(readFileSync(file, 'utf8'), readSource)) {
      const where = `${file} ${r.footnote} ${r.locator.fileName}#cp=${r.locator.cpStart}-${r.locator.cpEnd}`;
      if (r.status === 'OK') passed++;
      else failed++;
      console.log(`${r.status} ${where}${r.detail ? ` — ${r.detail}` : ''}`);
      if (r.status === 'MISMATCH') console.log(`  quoted: «${r.quoted}»\n  source: «${r.expected ?? ''}»`);
    }
  } catch (error) {
    // One unreadable file does not stop the others from being checked.
    console.log(`ERROR ${file} — ${error instanceof Error ? error.message : String(error)}`);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
