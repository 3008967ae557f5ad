// npm run verify -- <file.md or folder> [--sources <dir>]
// Proves that every quote of exported Markdown is verbatim at its stated place in its source.
// The checking is common/export/verifyMarkdown.ts; this file only finds files and reads sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSourceBytes } from '../common/text/decode';
import { normalizeSourceText } from '../common/text/normalize';
import { verifyMarkdown, type SourceText } from '../common/export/verifyMarkdown';
import { MANIFEST_NAME, parseExtractedTextsManifest, type ManifestEntry } from '../common/export/extractedTexts';
import { sha256Hex } from '../common/export/sha256';
import { createI18n } from '../common/i18n/createI18n';
import { translateMessage, type Message } from '../common/i18n/message';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sources: { type: 'string' } } });
if (positionals.length === 0) {
  console.error('usage: npm run verify -- <file.md or folder> [--sources <dir>]');
  process.exit(2);
}
// Without --sources, the seeds stand in; a self-contained export's own sources/ is read first anyway.
const sourcesDir = resolve(values.sources ?? resolve(__dirname, '../seeds'));

function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      // An export's sources/ holds source texts (some of them .md), not notes to check.
      if (entry.isDirectory()) return entry.name === 'sources' ? [] : markdownFiles(full);
      return entry.name.toLowerCase().endsWith('.md') ? [full] : [];
    });
}

const englishText = createI18n('en');
/** The command line speaks English, as its other messages do. */
const english = (message: Message): string => translateMessage((key, values) => englishText.t(key, values ?? {}), message);

/** A source decoded and normalized exactly as the import does, so offsets and hashes mean the same. */
function readSourceFile(path: string): string | null {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const decoded = decodeSourceBytes(readFileSync(path));
  if (!decoded.ok) {
    console.error(`verify: ${path} cannot be read as text (${english(decoded.reason)})`);
    return null;
  }
  return normalizeSourceText(decoded.text);
}

/**
 * Where a note's sources are looked for, in order: the `sources/` folder of the export it belongs to
 * (the folder given, then the note's own folder), then --sources (default: the seeds).
 */
function sourceDirsFor(file: string, root: string): string[] {
  const dirs = [join(root, 'sources'), join(dirname(file), 'sources'), sourcesDir];
  return [...new Set(dirs.map((d) => resolve(d)))].filter((d) => existsSync(d));
}

/** The extracted-texts manifest of a sources folder, by source file name (empty when there is none or it is unreadable). */
const manifests = new Map<string, Map<string, ManifestEntry>>();
function manifestOf(dir: string): Map<string, ManifestEntry> {
  let entries = manifests.get(dir);
  if (entries) return entries;
  entries = new Map();
  const path = join(dir, MANIFEST_NAME);
  if (existsSync(path)) {
    const parsed = parseExtractedTextsManifest(readFileSync(path, 'utf8'));
    if (parsed.ok) for (const e of parsed.entries) entries.set(e.fileName, e);
    else console.log(`ERROR ${path} — not read: ${parsed.reason}`);
  }
  manifests.set(dir, entries);
  return entries;
}

/**
 * A source's extracted text as the export wrote it (UTF-8, already normalized), with its pages. The
 * file must still hash to what the manifest says: an edited text is reported, not trusted.
 */
function readExtractedText(dir: string, entry: ManifestEntry): SourceText | null {
  const path = join(dir, entry.textFile);
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const text = readFileSync(path, 'utf8');
  if (sha256Hex(text) !== entry.sha256) console.log(`NOTE ${path} does not hash to the manifest's sha256:${entry.sha256.slice(0, 12)}: it was changed after the export`);
  return { text, ...(entry.pageStarts ? { pageStarts: entry.pageStarts } : {}) };
}

function readerFor(dirs: readonly string[]): (fileName: string) => SourceText | null {
  return (fileName) => {
    // A locator names a file in a sources folder, never a path: nothing outside it is read.
    if (fileName !== basename(fileName) || fileName === '.' || fileName === '..' || fileName.includes('\\')) return null;
    for (const dir of dirs) {
      // The extracted text an export's manifest lists comes first: a PDF is verified against its text, not its bytes.
      const entry = manifestOf(dir).get(fileName);
      const extracted = entry ? readExtractedText(dir, entry) : null;
      if (extracted) return extracted;
      const text = readSourceFile(join(dir, fileName));
      if (text !== null) return { text };
    }
    return null;
  };
}

let passed = 0;
let failed = 0;
const files: Array<{ file: string; root: string }> = [];
for (const arg of positionals) {
  const path = resolve(arg);
  if (existsSync(path)) files.push(...markdownFiles(path).map((file) => ({ file, root: statSync(path).isFile() ? dirname(path) : path })));
  else {
    console.log(`ERROR ${path} — no such file or folder`);
    failed++;
  }
}
if (files.length === 0 && failed === 0) {
  console.log(`ERROR no Markdown files in ${positionals.join(', ')}`);
  failed++;
}
for (const { file, root } of files) {
  try {
    const dirs = sourceDirsFor(file, root);
    for (const r of verifyMarkdown(readFileSync(file, 'utf8'), readerFor(dirs))) {
      const where = `${file} ${r.footnote} ${r.locator.fileName}#cp=${r.locator.cpStart}-${r.locator.cpEnd}`;
      if (r.status === 'OK') passed++;
      else failed++;
      const detail = r.status === 'MISSING SOURCE' ? `no file named ${r.locator.fileName} in ${dirs.join(', ') || 'any sources folder'}; pass --sources <the folder that holds ${r.locator.fileName}>` : r.detail;
      console.log(`${r.status} ${where}${detail ? ` — ${detail}` : ''}`);
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
