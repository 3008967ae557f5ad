import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { verifyMarkdown, type VerifySource } from '@common/export/verifyMarkdown';
import { REPO_ROOT, SEEDS_DIR, seedFiles, steinheilFiles } from '../../support/paths';
import { contextFor, loadSource, noteQuoting, passageOf } from '../../support/exportFixtures';

const seeds = seedFiles().map(loadSource);
const steinheil = steinheilFiles().map(loadSource);
const all = [...seeds, ...steinheil];
const reader = (sources = all) => (name: string): VerifySource | null => sources.find((s) => s.fileName === name) ?? null;

// One passage from every seed and every Steinheil text, some with French typography and markup-like text.
const PHRASES = [
  'samedi (2/11)',
  'Les relations entre la Russie et la Corée du Nord atteignent un « nouveau niveau »',
  'Le 22 septembre, le ministère russe des Affaires étrangères',
  'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine',
  'Choe a noté que le dirigeant nord-coréen Kim Jong-un « nous a donné l’ordre',
];
const passages = [
  ...seeds.map((s, i) => passageOf(s, PHRASES[i]!, `p${i}`)),
  ...steinheil.map((s, i) => {
    const line = s.text.split('\n').find((l) => l.trim().length > 40)!.trim();
    return passageOf(s, line, `s${i}`);
  }),
];
const markdown = exportNoteToMarkdown(noteQuoting(passages), contextFor(passages));

describe('exported notes verify against their sources', () => {
  it('finds every quote of a fresh export verbatim at its place', () => {
    const results = verifyMarkdown(markdown, reader());
    // One per quote block, plus the closing citation.
    expect(results).toHaveLength(passages.length + 1);
    expect(results.filter((r) => r.status !== 'OK')).toEqual([]);
  });

  it('writes the locator in exactly the documented form', () => {
    const p = passages[3]!;
    expect(markdown).toContain(`*${p.sourceTitle}* — \`${p.fileName}#cp=${p.cpStart}-${p.cpEnd}\` sha256:${p.versionHash.slice(0, 12)}`);
  });

  it('reports a MISMATCH when one character of a quote is edited by hand', () => {
    const edited = markdown.replace('“sa victoire”', '“sa victoirE”');
    const results = verifyMarkdown(edited, reader());
    expect(results.filter((r) => r.status === 'MISMATCH').map((r) => r.locator.fileName)).toEqual(['003_02ccfc7f2b3def74.txt']);
  });

  it('reports a MISMATCH when a range is shifted by one', () => {
    const p = passages[1]!;
    const shifted = markdown.replace(`#cp=${p.cpStart}-${p.cpEnd}`, `#cp=${p.cpStart + 1}-${p.cpEnd + 1}`);
    expect(verifyMarkdown(shifted, reader()).filter((r) => r.status === 'MISMATCH')).toHaveLength(1);
  });

  it('reports HASH CHANGED when the source file changed', () => {
    const changed = seeds.map((s) => (s.fileName.startsWith('002') ? { ...s, text: `${s.text}\nAjout.`, hash: 'f'.repeat(64) } : s));
    const results = verifyMarkdown(markdown, reader([...changed, ...steinheil]));
    expect(results.filter((r) => r.status === 'HASH CHANGED').map((r) => r.locator.fileName)).toEqual(['002_2b2af24e823addfb.txt']);
  });

  it('reports MISSING SOURCE when the named file is absent', () => {
    const results = verifyMarkdown(markdown, reader(seeds));
    expect(results.filter((r) => r.status === 'MISSING SOURCE')).toHaveLength(steinheil.length + 1);
  });

  it('reports a MISMATCH when a citation’s « » text is edited', () => {
    const last = passages.at(-1)!;
    const edited = markdown.replace(`« ${last.exact.slice(0, 10)}`, `« X${last.exact.slice(1, 10)}`);
    expect(verifyMarkdown(edited, reader()).some((r) => r.status === 'MISMATCH')).toBe(true);
  });
});

describe('npm run verify', () => {
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [tsx, '--tsconfig', 'tsconfig.node.json', 'tools/verify.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' }) };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { code: e.status, out: e.stdout };
    }
  };
  const seedOnly = passages.slice(0, 5);
  const seedMarkdown = exportNoteToMarkdown(noteQuoting(seedOnly), contextFor(seedOnly));

  it('prints OK per quote and exits 0 on a faithful export of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-ok-'));
    writeFileSync(join(dir, 'note.md'), seedMarkdown);
    const { code, out } = run([dir]);
    expect(out).toMatch(/^6 passed, 0 failed$/m);
    expect(out.split('\n').filter((l) => l.startsWith('OK '))).toHaveLength(6);
    expect(code).toBe(0);
  });

  it('exits non-zero and says MISMATCH and HASH CHANGED with --sources pointing at changed files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-bad-'));
    const sources = mkdtempSync(join(tmpdir(), 'verify-src-'));
    cpSync(SEEDS_DIR, sources, { recursive: true });
    writeFileSync(join(sources, '000_7bbe899204955759.txt'), 'Autre texte.\n');
    writeFileSync(join(dir, 'note.md'), seedMarkdown.replace('« nouveau niveau »', '« nouveau niveau!»'));
    const { code, out } = run([join(dir, 'note.md'), '--sources', sources]);
    expect(out).toContain('HASH CHANGED');
    expect(out).toContain('MISMATCH');
    expect(out).toMatch(/^\d+ passed, [1-9]\d* failed$/m);
    expect(code).toBe(1);
  });
});
