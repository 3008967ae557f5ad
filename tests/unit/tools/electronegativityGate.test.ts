import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate, parseAllowList, parseCsvRows, parseFindings } from '../../../tools/electronegativity/gate';
import { REPO_ROOT } from '../../support/paths';

// The report Electronegativity 1.10.3 wrote for this repo before the hardening (copied by hand).
const BEFORE = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/electron/security.ts","9:15",N/A,"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
AUXCLICK_JS_CHECK,"MEDIUM","FIRM","main/index.ts","30:15","mainWindow = new BrowserWindow({","Limit navigation flows to untrusted origins. Middle-click may cause Electron to open a link within a new window",https://github.com/doyensec/electronegativity/wiki/AUXCLICK_JS_CHECK
PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/index.ts","37:6","preload: join(__dirname, '../preload/index.js'),","Review the use of preload scripts",https://github.com/doyensec/electronegativity/wiki/PRELOAD_JS_CHECK
`;

describe('parseCsvRows', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsvRows('a,"b, c","say ""hi""","two\nlines"\r\nx,y\n')).toEqual([['a', 'b, c', 'say "hi"', 'two\nlines'], ['x', 'y']]);
  });
});

describe('parseFindings', () => {
  it('reads the four findings of the report, with severities and files', () => {
    const findings = parseFindings(BEFORE);
    expect(findings.map((f) => [f.check, f.severity, f.file])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'main/electron/security.ts'],
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'],
      ['AUXCLICK_JS_CHECK', 'MEDIUM', 'main/index.ts'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/index.ts'],
    ]);
    expect(findings[1]!.sample).toContain("object-src 'none'");
  });
  it('refuses a file that is not a report', () => {
    expect(() => parseFindings('name,value\n')).toThrow('Not an Electronegativity CSV report');
  });
  it('refuses an unknown severity rather than letting it pass', () => {
    expect(() => parseFindings('issue, severity\nX,"SEVERE"\n')).toThrow('unknown severity "SEVERE"');
  });
});

describe('gate', () => {
  it('blocks the two medium findings when nothing is allowed, and only reports the lows', () => {
    const result = gate(parseFindings(BEFORE), []);
    expect(result.blocking.map((f) => f.check)).toEqual(['AUXCLICK_JS_CHECK', 'PRELOAD_JS_CHECK']);
    expect(result.minor).toHaveLength(2);
  });
  it('lets an allowed finding through and names allow-list entries nothing matches', () => {
    const allow = parseAllowList('# reviewed\nPRELOAD_JS_CHECK main/index.ts preload reviewed\nNODE_INTEGRATION_JS_CHECK main/old.ts long gone\n');
    const result = gate(parseFindings(BEFORE), allow);
    expect(result.blocking.map((f) => f.check)).toEqual(['AUXCLICK_JS_CHECK']);
    expect(result.allowed.map((a) => a.entry.justification)).toEqual(['preload reviewed']);
    expect(result.stale.map((e) => e.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });
  it('does not let an entry for one file allow the same check in another', () => {
    const result = gate(parseFindings(BEFORE), parseAllowList('AUXCLICK_JS_CHECK main/other.ts fine there\n'));
    expect(result.blocking.map((f) => f.check)).toContain('AUXCLICK_JS_CHECK');
  });
  it('refuses an allow-list entry without a justification', () => {
    expect(() => parseAllowList('PRELOAD_JS_CHECK main/index.ts\n')).toThrow('expected "CHECK_ID file justification"');
  });
  it('accepts the repository’s reviewed allow-list, each entry justified', () => {
    const entries = parseAllowList(readFileSync(join(__dirname, '../../../security/electronegativity-allowlist.txt'), 'utf8'));
    expect(entries.map((e) => e.check)).toEqual(['PRELOAD_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
    for (const e of entries) expect(e.justification.length).toBeGreaterThan(20);
  });
});

describe('orderedWrites.cjs, loaded into Electronegativity', () => {
  it('keeps a header written without waiting before the rows appended after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-ordered-writes-'));
    const report = join(dir, 'report.csv');
    // The tool's pattern: a truncating write of the header, then an append of the rows, neither
    // awaited. In order means the header is on disk before the second call is made.
    const script = `const fs = require('fs');
      fs.writeFile(${JSON.stringify(report)}, 'issue, severity\\n', (e) => { if (e) throw e; });
      const seen = fs.readFileSync(${JSON.stringify(report)}, 'utf8');
      fs.writeFile(${JSON.stringify(report)}, 'X,"LOW"\\n'.repeat(200000), { flag: 'a' }, (e) => { if (e) throw e; });
      process.stdout.write(JSON.stringify(seen));`;
    const seen = execFileSync(process.execPath, ['--require', join(REPO_ROOT, 'tools/electronegativity/orderedWrites.cjs'), '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(seen)).toBe('issue, severity\n');
    const text = readFileSync(report, 'utf8');
    expect(text.startsWith('issue, severity\nX,"LOW"\n')).toBe(true);
    expect(text.length).toBe('issue, severity\n'.length + 'X,"LOW"\n'.length * 200000);
  });
});
