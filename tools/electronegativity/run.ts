import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gate, parseAllowList, parseFindings, type Finding } from './gate';

// npm run audit:electron -- --tool <electronegativity binary> [--allow security/electronegativity-allowlist.txt]
// Scans main/, preload/ and renderer/ together (one folder alone gives false "global" findings), for the
// Electron version the app depends on, and fails on any MEDIUM-or-above finding not in the allow-list.
const { values } = parseArgs({
  options: {
    tool: { type: 'string' },
    allow: { type: 'string', default: 'security/electronegativity-allowlist.txt' },
    report: { type: 'string', default: 'reports/electronegativity.csv' },
  },
});

const repo = resolve(__dirname, '../..');
const tool = values.tool ?? process.env['ELECTRONEGATIVITY'];
if (!tool || !existsSync(tool)) {
  console.error(`Electronegativity not found (${tool ?? 'pass --tool or set ELECTRONEGATIVITY'}).`);
  process.exit(2);
}
const electronVersion = (JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** One scan of a copy of main/, preload/ and renderer/; the report's text. */
function scan(): string {
  const scanRoot = mkdtempSync(join(tmpdir(), 'verbatim-electronegativity-'));
  for (const folder of ['main', 'preload', 'renderer']) cpSync(join(repo, folder), join(scanRoot, folder), { recursive: true });
  mkdirSync(resolve(report, '..'), { recursive: true });
  rmSync(report, { force: true });
  // Run by this Node with its report writes kept in order (orderedWrites.cjs says why).
  const run = spawnSync(process.execPath, ['--require', join(__dirname, 'orderedWrites.cjs'), realpathSync(tool!), '-i', scanRoot, '-r', '-e', electronVersion, '-o', report], { cwd: scanRoot, encoding: 'utf8' });
  rmSync(scanRoot, { recursive: true, force: true });
  if (run.status !== 0 || !existsSync(report)) {
    console.error(`Electronegativity did not produce a report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    process.exit(2);
  }
  return readFileSync(report, 'utf8');
}

const report = resolve(repo, values.report);
// Should a report still not parse (its writes are kept in order now, see orderedWrites.cjs), it is
// made again once; a second bad report fails the gate.
let findings: Finding[];
try {
  findings = parseFindings(scan());
} catch (error) {
  console.log(`Electronegativity wrote a report that does not parse (${error instanceof Error ? error.message : String(error)}): scanning again.`);
  findings = parseFindings(scan());
}

const show = (f: Finding) => `${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location} ${f.description}`;
const result = gate(findings, parseAllowList(readFileSync(resolve(repo, values.allow), 'utf8')));
console.log(`Electronegativity ${electronVersion}: ${result.blocking.length} blocking, ${result.allowed.length} allowed, ${result.minor.length} low (report: ${values.report})`);
for (const f of result.minor) console.log(`  low      ${show(f)}`);
for (const { finding, entry } of result.allowed) console.log(`  allowed  ${show(finding)}\n           because: ${entry.justification}`);
for (const entry of result.stale) console.log(`  stale allow-list entry (line ${entry.line}): ${entry.check} ${entry.file} — nothing matches it any more; remove it`);
for (const f of result.blocking) console.log(`  BLOCKING ${show(f)}`);
if (result.blocking.length > 0) {
  console.log(`Fix the finding, or add "CHECK_ID file justification" to ${values.allow} after review.`);
  process.exit(1);
}
