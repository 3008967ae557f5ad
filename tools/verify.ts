// npm run verify -- <file.md or folder> [--sources <dir>]
// Proves that every quote of exported Markdown is verbatim at its stated place in its source.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSourceBytes } from '../common/text/decode';
import { normalizeSourceText } from '../common/text/normalize';
import { verifyMarkdown, type VerifySource } from '../common/export/verifyMarkdown';
import { sha256Hex } from '../main/services/sha256';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sources: { type: 'string', default: resolve(__dirname, '../seeds') } } });
if (positionals.length === 0) {
  console.error('usage: npm run verify -- <file.md or folder> [--sources <dir>]');
  process.exit(2);
}

function markdownFiles(path: string): string[] {
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.toLowerCase().endsWith('.md') ? [full] : [];
  });
}

const cache = new Map<string, VerifySource | null>();
// Decoded and normalized exactly as the import does, so offsets mean the same thing.
function readSource(fileName: string): VerifySource | null {
  if (cache.has(fileName)) return cache.get(fileName)!;
  const path = join(values.sources!, fileName);
  let source: VerifySource | null = null;
  if (!fileName.includes('/') && !fileName.includes('\\') && existsSync(path)) {
    const decoded = decodeSourceBytes(readFileSync(path));
    if (decoded.ok) {
      const text = normalizeSourceText(decoded.text);
      source = { text, hash: sha256Hex(text) };
    }
  }
  cache.set(fileName, source);
  return source;
}

let passed = 0;
let failed = 0;
try {
  for (const file of positionals.flatMap((p) => markdownFiles(resolve(p)))) {
    for (const r of verifyMarkdown(readFileSync(file, 'utf8'), readSource)) {
      const where = `${file} ${r.footnote} ${r.locator.fileName}#cp=${r.locator.cpStart}-${r.locator.cpEnd}`;
      if (r.status === 'OK') {
        passed++;
        console.log(`OK ${where}`);
      } else {
        failed++;
        console.log(`${r.status} ${where}${r.detail ? ` — ${r.detail}` : ''}`);
        if (r.status === 'MISMATCH') console.log(`  quoted: «${r.quoted}»\n  source: «${r.expected ?? ''}»`);
      }
    }
  }
} catch (error) {
  console.error(`verify: ${error instanceof Error ? error.message : String(error)}`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
