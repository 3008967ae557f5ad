/**
 * The Electronegativity gate: its CSV report, the reviewed allow-list, and the verdict. Electronegativity
 * exits 0 whatever it finds, so CI parses the report and fails on any finding of MEDIUM severity or
 * above that the allow-list does not name. Pure functions; tools/electronegativity/run.ts does the I/O.
 */

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
const ORDER: readonly Severity[] = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** The findings of an Electronegativity CSV report (header `issue, severity, confidence, filename, …`). */
export function parseFindings(csv: string): Finding[] {
  const rows = parseCsvRows(csv);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase());
  if (!header || header[0] !== 'issue' || header[1] !== 'severity') throw new Error('Not an Electronegativity CSV report (no "issue, severity" header).');
  return rows.map((r, n) => {
    const severity = (r[1] ?? '').trim().toUpperCase() as Severity;
    if (!ORDER.includes(severity)) throw new Error(`Report row ${n + 2}: unknown severity "${r[1] ?? ''}".`);
    return { check: (r[0] ?? '').trim(), severity, confidence: (r[2] ?? '').trim(), file: (r[3] ?? '').trim().replace(/\\/g, '/'), location: (r[4] ?? '').trim(), sample: (r[5] ?? '').trim(), description: (r[6] ?? '').trim() };
  });
}

export interface AllowEntry {
  readonly check: string;
  readonly file: string;
  readonly justification: string;
  readonly line: number;
}

/**
 * The allow-list: one finding a line, `CHECK_ID  path/to/file  justification…`; `#` starts a comment.
 * A finding is matched on its check and file, not its line number, which moves with every edit.
 * An entry without a justification is an error: every exception must say why it is safe.
 */
export function parseAllowList(text: string): AllowEntry[] {
  const entries: AllowEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Z0-9_]+)\s+(\S+)\s+(.*\S)\s*$/.exec(line);
    if (!match) throw new Error(`Allow-list line ${i + 1}: expected "CHECK_ID file justification", got "${line}".`);
    entries.push({ check: match[1]!, file: match[2]!, justification: match[3]!, line: i + 1 });
  });
  return entries;
}

export interface GateResult {
  /** MEDIUM or above, not in the allow-list: these fail the build. */
  readonly blocking: Finding[];
  /** MEDIUM or above, in the allow-list. */
  readonly allowed: Array<{ finding: Finding; entry: AllowEntry }>;
  /** Below MEDIUM: reported, never blocking. */
  readonly minor: Finding[];
  /** Entries no finding matched any more: the list should shrink. */
  readonly stale: AllowEntry[];
}

export function isAtLeast(severity: Severity, floor: Severity): boolean {
  return ORDER.indexOf(severity) >= ORDER.indexOf(floor);
}

export function gate(findings: readonly Finding[], allowList: readonly AllowEntry[], floor: Severity = 'MEDIUM'): GateResult {
  const used = new Set<AllowEntry>();
  const blocking: Finding[] = [];
  const allowed: Array<{ finding: Finding; entry: AllowEntry }> = [];
  const minor: Finding[] = [];
  for (const finding of findings) {
    if (!isAtLeast(finding.severity, floor)) {
      minor.push(finding);
      continue;
    }
    const entry = allowList.find((e) => e.check === finding.check && e.file === finding.file);
    if (entry) {
      used.add(entry);
      allowed.push({ finding, entry });
    } else blocking.push(finding);
  }
  return { blocking, allowed, minor, stale: allowList.filter((e) => !used.has(e)) };
}
