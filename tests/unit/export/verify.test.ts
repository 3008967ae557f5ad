import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { frontMatter } from '@common/export/frontMatter';
import { verifyMarkdown, type VerifyStatus } from '@common/export/verifyMarkdown';
import { REPO_ROOT, SEEDS_DIR, seedFiles, steinheilFiles } from '../../support/paths';
import { contextFor, firstLongLine, loadSource, noteQuoting, passageAt, readerOf, type LoadedSource, type Passage } from './fixtures';
import { itWithSteinheil } from '../../support/sharedCorpus';

const seeds = seedFiles().map(loadSource);
const steinheil = steinheilFiles().map(loadSource);
const all = [...seeds, ...steinheil];

/** Three passages of each source: its first long line, a span across a line break, and one near the end. */
function passagesOf(source: LoadedSource, n: number): Passage[] {
  const text = source.text;
  const firstBreak = text.indexOf('\n', 60);
  const nearEnd = Math.max(0, text.length - 200);
  return [
    firstLongLine(source, `s${n}-line`),
    passageAt(source, firstBreak - 30, firstBreak + 25, `s${n}-break`),
    passageAt(source, nearEnd, nearEnd + 80, `s${n}-end`),
  ];
}
const passagesBySource = all.map(passagesOf);
const passages = passagesBySource.flat();
const ctx = contextFor(passages);
/** One note per source (with a citation of its last passage), as Export all writes them. */
const notes = passagesBySource.map((ps) => exportNoteToMarkdown(noteQuoting(ps), ctx));
const statuses = (markdown: string, sources: readonly LoadedSource[] = all): VerifyStatus[] => verifyMarkdown(markdown, readerOf(sources)).map((r) => r.status);

describe('verifying a fresh export', () => {
  itWithSteinheil('finds every quote of every note verbatim at its place, for all five seeds and the Steinheil texts', () => {
    expect(all.map((s) => s.fileName)).toHaveLength(9);
    const results = notes.flatMap((m) => verifyMarkdown(m, readerOf(all)));
    // Per note: three quote blocks and one citation.
    expect(results).toHaveLength(all.length * 4);
    expect(results.filter((r) => r.status !== 'OK')).toEqual([]);
  });

  it('ignores the YAML front matter written before the body', () => {
    const withMeta = frontMatter({ title: 'Note: [^1]: `x`', created: '2024-11-01', updated: '2024-11-02', sources: [seeds[0]!.fileName] }) + notes[0]!;
    expect(statuses(withMeta)).toEqual(['OK', 'OK', 'OK', 'OK']);
  });

  it('skips quotes exported without a locator (their passage was deleted)', () => {
    const md = exportNoteToMarkdown(noteQuoting(passagesBySource[0]!), contextFor([]));
    expect(md).toContain('no locator');
    expect(statuses(md)).toEqual([]);
  });
});

describe('verifying an export that no longer matches', () => {
  const note = notes[3]!; // seed 003
  const [line, , end] = passagesBySource[3]!;

  const rows: Array<{ name: string; edit: (md: string) => string; sources?: LoadedSource[]; expected: VerifyStatus[] }> = [
    {
      name: 'one character of a quote block changed is a MISMATCH',
      edit: (md) => md.replace('“sa victoire”', '“sa victoirE”'),
      expected: ['MISMATCH', 'OK', 'OK', 'OK'],
    },
    {
      name: 'one character of a citation’s « » text changed is a MISMATCH',
      edit: (md) => md.replace(`« ${end!.exact.slice(0, 20)}`, `« X${end!.exact.slice(1, 20)}`),
      expected: ['OK', 'OK', 'OK', 'MISMATCH'],
    },
    {
      name: 'a range shifted by one is a MISMATCH',
      edit: (md) => md.replace(`#cp=${line!.cpStart}-${line!.cpEnd}`, `#cp=${line!.cpStart + 1}-${line!.cpEnd + 1}`),
      expected: ['MISMATCH', 'OK', 'OK', 'OK'],
    },
    {
      name: 'a range one character short is a MISMATCH',
      edit: (md) => md.replace(`#cp=${line!.cpStart}-${line!.cpEnd}`, `#cp=${line!.cpStart}-${line!.cpEnd - 1}`),
      expected: ['MISMATCH', 'OK', 'OK', 'OK'],
    },
    {
      name: 'a range past the end of the source is a MISMATCH',
      edit: (md) => md.replace(`#cp=${line!.cpStart}-${line!.cpEnd}`, `#cp=${line!.cpStart}-999999`),
      expected: ['MISMATCH', 'OK', 'OK', 'OK'],
    },
    {
      name: 'a source file that changed is HASH CHANGED for every quote of it',
      edit: (md) => md,
      sources: all.map((s) => (s.fileName.startsWith('003') ? { ...s, text: `${s.text}\nAjout.` } : s)),
      expected: ['HASH CHANGED', 'HASH CHANGED', 'HASH CHANGED', 'HASH CHANGED'],
    },
    {
      name: 'a source file that is absent is MISSING SOURCE',
      edit: (md) => md,
      sources: all.filter((s) => !s.fileName.startsWith('003')),
      expected: ['MISSING SOURCE', 'MISSING SOURCE', 'MISSING SOURCE', 'MISSING SOURCE'],
    },
    {
      name: 'a hash prefix edited by hand is HASH CHANGED',
      edit: (md) => md.replace(`sha256:${line!.versionHash.slice(0, 12)}`, 'sha256:000000000000'),
      expected: ['HASH CHANGED', 'OK', 'OK', 'OK'],
    },
    {
      name: 'words a person added between » and the locator still verify',
      edit: (md) => md.replace(/ » — \*/, ' », a écrit le journaliste, dans — *'),
      expected: ['OK', 'OK', 'OK', 'OK'],
    },
    {
      name: 'words a person added before the « quote » still verify',
      edit: (md) => md.replace(/\]: « /, ']: Comme le rapporte la source : « '),
      expected: ['OK', 'OK', 'OK', 'OK'],
    },
    {
      name: 'a citation footnote with no « » text is a MISMATCH that says so',
      edit: (md) => md.replace(/\]: « [^\n]*» — \*/, ']: *'),
      expected: ['OK', 'OK', 'OK', 'MISMATCH'],
    },
  ];
  for (const row of rows) it(row.name, () => expect(statuses(row.edit(note), row.sources)).toEqual(row.expected));

  it('shows both texts of a MISMATCH', () => {
    const [result] = verifyMarkdown(note.replace('“sa victoire”', '“sa victoirE”'), readerOf(all));
    expect(result).toMatchObject({ status: 'MISMATCH', footnote: '[^1]', quoted: expect.stringContaining('victoirE'), expected: expect.stringContaining('“sa victoire”') });
  });
});

describe('npm run verify', () => {
  const run = async (args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tools/verify.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, out: e.stdout };
    }
  };
  const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

  it('prints OK per quote and exits 0 on a faithful export of a folder, reading subfolders', async () => {
    const dir = temp('verify-ok-');
    mkdirSync(join(dir, 'sub'));
    notes.slice(0, 5).forEach((m, i) => writeFileSync(join(dir, i < 2 ? `note ${i}.md` : `sub/note ${i}.md`), m));
    writeFileSync(join(dir, 'ignored.txt'), 'not markdown');
    const { code, out } = await run([dir]);
    expect(out.split('\n').filter((l) => l.startsWith('OK '))).toHaveLength(20);
    expect(out).toMatch(/^20 passed, 0 failed$/m);
    expect(code).toBe(0);
    rmSync(dir, { recursive: true });
  }, 30_000);

  itWithSteinheil('checks the Steinheil texts with --sources, and exits 1 naming each kind of failure', async () => {
    const dir = temp('verify-bad-');
    const sources = temp('verify-src-');
    cpSync(SEEDS_DIR, sources, { recursive: true });
    for (const path of steinheilFiles()) cpSync(path, join(sources, path.split('/').pop()!));
    writeFileSync(join(sources, seeds[1]!.fileName), 'Autre texte.\n'); // changed
    rmSync(join(sources, seeds[2]!.fileName)); // gone
    notes.slice(5).forEach((m, i) => writeFileSync(join(dir, `steinheil ${i}.md`), m));
    writeFileSync(join(dir, 'seed 0.md'), notes[0]!.replace('> JAKARTA', '> JAKARTO'));
    writeFileSync(join(dir, 'seed 1.md'), notes[1]!);
    writeFileSync(join(dir, 'seed 2.md'), notes[2]!);
    writeFileSync(join(dir, 'escape.md'), '> x[^1]\n\n[^1]: *x* — `../package.json#cp=0-1` sha256:000000000000\n');
    const { code, out } = await run([dir, '--sources', sources]);
    const count = (status: string) => out.split('\n').filter((l) => l.startsWith(`${status} `)).length;
    // Steinheil: 16 OK. Seed 0: one quote edited. Seed 1 changed, seed 2 gone. The path is refused.
    expect({ ok: count('OK'), mismatch: count('MISMATCH'), hash: count('HASH CHANGED'), missing: count('MISSING SOURCE') }).toEqual({ ok: 16 + 3, mismatch: 1, hash: 4, missing: 4 + 1 });
    expect(out).toMatch(/^ {2}quoted: «JAKARTO .*»$/m);
    expect(out).toMatch(/^19 passed, 10 failed$/m);
    expect(code).toBe(1);
    rmSync(dir, { recursive: true });
    rmSync(sources, { recursive: true });
  }, 30_000);

  it('exits 1 when the path does not exist', async () => {
    const { code, out } = await run([join(tmpdir(), 'no-such-export-folder')]);
    expect(out).toMatch(/^ERROR .*no such file or folder$/m);
    expect(code).toBe(1);
  }, 30_000);
});
