import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GUID_PATTERN, type QdaCode, type QdaNote, type QdaSelection } from './types';

/** A TextSource as the XML gives it: its text is read from the archive by `plainTextPath`. */
export interface QdaSourceEntry {
  readonly guid: string;
  readonly name: string;
  readonly plainTextPath: string;
  /** Inline text, when the source carries it as PlainTextContent instead of a file. */
  readonly inlineText: string | null;
  readonly selections: readonly QdaSelection[];
}

export interface QdaProjectEntries {
  readonly name: string;
  readonly user: { readonly guid: string; readonly name: string } | null;
  readonly codes: readonly QdaCode[];
  readonly sources: readonly QdaSourceEntry[];
  readonly notes: readonly QdaNote[];
  /** What was in the file but could not be read, in words for the user. */
  readonly skipped: readonly string[];
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(['User', 'Code', 'TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as Node)['#text'] === 'string' ? ((v as Node)['#text'] as string) : '');
const attr = (n: Node, name: string): string => (typeof n[`@${name}`] === 'string' ? (n[`@${name}`] as string) : '');

/** Codes nest (a code may hold sub-codes): flattened, each keeps its own name. */
function readCodes(nodes: Node[], out: QdaCode[], skipped: string[]): void {
  for (const c of nodes) {
    const guid = attr(c, 'guid');
    const name = attr(c, 'name').trim();
    if (!GUID_PATTERN.test(guid) || !name) skipped.push(`a code without a valid guid or name (${name || guid || 'unnamed'})`);
    else {
      const color = /^#[0-9a-fA-F]{6}$/.test(attr(c, 'color')) ? attr(c, 'color').toLowerCase() : '';
      out.push({ guid: guid.toLowerCase(), name, color, description: str(c['Description']).trim() });
    }
    readCodes(list(c['Code']), out, skipped);
  }
}

const isPosition = (s: string) => /^\d{1,10}$/.test(s);

/** Reads project.qde. Fails only when it is not a REFI-QDA project at all; a bad item is skipped and named. */
export function readProjectXml(xml: string): { ok: true; project: QdaProjectEntries } | { ok: false; error: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: `project.qde is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).` };
  const doc = parser.parse(xml) as Node;
  const project = doc['Project'] as Node | undefined;
  if (!project || typeof project !== 'object') return { ok: false, error: 'project.qde has no <Project> element, so it is not a REFI-QDA project.' };
  const skipped: string[] = [];
  const user = list((project['Users'] as Node | undefined)?.['User'])[0];
  const codes: QdaCode[] = [];
  readCodes(list(((project['CodeBook'] as Node | undefined)?.['Codes'] as Node | undefined)?.['Code']), codes, skipped);
  const sources: QdaSourceEntry[] = [];
  for (const s of list((project['Sources'] as Node | undefined)?.['TextSource'])) {
    const guid = attr(s, 'guid').toLowerCase();
    const name = attr(s, 'name') || guid;
    if (!GUID_PATTERN.test(guid)) {
      skipped.push(`the text source "${name}": its guid is not a GUID`);
      continue;
    }
    const selections: QdaSelection[] = [];
    for (const sel of list(s['PlainTextSelection'])) {
      const start = attr(sel, 'startPosition');
      const end = attr(sel, 'endPosition');
      if (!isPosition(start) || !isPosition(end) || Number(end) < Number(start)) {
        skipped.push(`a selection in "${name}": its positions (${start || '?'}–${end || '?'}) are not a range`);
        continue;
      }
      const codeGuids = list(sel['Coding']).flatMap((c) => list(c['CodeRef']).concat(c['CodeRef'] && !Array.isArray(c['CodeRef']) ? [c['CodeRef'] as Node] : []).map((r) => attr(r, 'targetGUID').toLowerCase()));
      const noteGuids = list(sel['NoteRef']).map((r) => attr(r, 'targetGUID').toLowerCase());
      selections.push({ guid: attr(sel, 'guid').toLowerCase(), start: Number(start), end: Number(end), codeGuids, noteGuids });
    }
    const inline = s['PlainTextContent'];
    sources.push({ guid, name, plainTextPath: attr(s, 'plainTextPath'), inlineText: inline === undefined ? null : str(inline), selections });
  }
  const notes: QdaNote[] = list((project['Notes'] as Node | undefined)?.['Note']).map((n) => ({ guid: attr(n, 'guid').toLowerCase(), name: attr(n, 'name'), text: str(n['PlainTextContent']) }));
  return { ok: true, project: { name: attr(project, 'name'), user: user ? { guid: attr(user, 'guid'), name: attr(user, 'name') } : null, codes, sources, notes, skipped } };
}
