import { QDA_NAMESPACE, type QdaProject, type QdaSource } from './types';

/** Escapes text and attribute values; control characters XML 1.0 forbids are dropped. */
function esc(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const attrs = (pairs: Record<string, string | number>) =>
  Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');

function sourceXml(s: QdaSource, userGuid: string, at: string): string {
  const selections = s.selections.map((sel) => {
    const codings = sel.codeGuids.map((g, i) => `<Coding${attrs({ guid: codingGuid(sel.guid, i), creatingUser: userGuid, creationDateTime: at })}><CodeRef${attrs({ targetGUID: g })}/></Coding>`).join('');
    const notes = sel.noteGuids.map((g) => `<NoteRef${attrs({ targetGUID: g })}/>`).join('');
    return `<PlainTextSelection${attrs({ guid: sel.guid, startPosition: sel.start, endPosition: sel.end, creatingUser: userGuid, creationDateTime: at })}>${codings}${notes}</PlainTextSelection>`;
  });
  return `<TextSource${attrs({ guid: s.guid, name: s.name, plainTextPath: `internal://${s.guid}.txt`, creatingUser: userGuid, creationDateTime: at })}>${selections.join('')}</TextSource>`;
}

/**
 * A Coding needs a GUID of its own; derived from its selection's so the same project always writes
 * the same XML (the last 12 hex digits get the coding's number added).
 */
export function codingGuid(selectionGuid: string, n: number): string {
  const tail = (BigInt(`0x${selectionGuid.slice(-12)}`) + BigInt(n + 1)) % 0x1000000000000n;
  return `${selectionGuid.slice(0, -12)}${tail.toString(16).padStart(12, '0')}`;
}

/** project.qde: elements in the order the standard's schema requires (Users, CodeBook, Sources, Notes). */
export function writeProjectXml(project: QdaProject, at: string): string {
  const u = project.user;
  const codes = project.codes.map((c) => `<Code${attrs({ guid: c.guid, name: c.name, isCodable: 'true', color: c.color })}>${c.description ? `<Description>${esc(c.description)}</Description>` : ''}</Code>`);
  const notes = project.notes.map((n) => `<Note${attrs({ guid: n.guid, name: n.name, creatingUser: u.guid, creationDateTime: at })}><PlainTextContent>${esc(n.text)}</PlainTextContent></Note>`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project${attrs({ xmlns: QDA_NAMESPACE, name: project.name, origin: 'Verbatim', creatingUserGUID: u.guid, creationDateTime: at })}>`,
    `<Users><User${attrs({ guid: u.guid, name: u.name })}/></Users>`,
    project.codes.length ? `<CodeBook><Codes>${codes.join('')}</Codes></CodeBook>` : '',
    project.sources.length ? `<Sources>${project.sources.map((s) => sourceXml(s, u.guid, at)).join('')}</Sources>` : '',
    project.notes.length ? `<Notes>${notes.join('')}</Notes>` : '',
    '</Project>',
    '',
  ].join('\n');
}
