import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync, strToU8, unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { packQdpx, unpackQdpx } from '@common/interchange/refiQda/qdpxArchive';
import { writeProjectXml } from '@common/interchange/refiQda/writeProjectXml';
import type { QdaProject } from '@common/interchange/refiQda/types';

const G = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
// Written by hand: 😀 and 𝄞 are one character each, é (NFC) one, so "Séoul" starts at code point 10.
const TEXT = '😀 Intro 𝄞 Séoul et Pyongyang.';
const project: QdaProject = {
  name: 'Test',
  user: { guid: G(1), name: 'Ana Researcher' },
  codes: [{ guid: G(2), name: 'place', color: '#FFAA00', description: 'A city & its <region>' }],
  sources: [{ guid: G(3), name: 'Article', text: TEXT, selections: [{ guid: G(4), start: 10, end: 15, codeGuids: [G(2)], noteGuids: [G(5)] }] }],
  notes: [{ guid: G(5), name: 'Memo', text: 'Capital of the South' }],
};
const AT = '2026-11-30T10:00:00Z';

describe('REFI-QDA project archive', () => {
  it('writes project.qde and sources/<guid>.txt, and reads them back to the same project', () => {
    const bytes = packQdpx(project, AT);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(['project.qde', `sources/${G(3)}.txt`]);
    const r = unpackQdpx(bytes);
    if (!r.ok) throw new Error(r.error);
    expect(r.contents.texts.get(G(3))).toBe(TEXT);
    expect(r.contents.project.codes).toEqual([{ guid: G(2), name: 'place', color: '#ffaa00', description: 'A city & its <region>' }]);
    expect(r.contents.project.sources[0]!.selections).toEqual([{ guid: G(4), start: 10, end: 15, codeGuids: [G(2)], noteGuids: [G(5)] }]);
    expect(r.contents.project.notes).toEqual([{ guid: G(5), name: 'Memo', text: 'Capital of the South' }]);
    expect(r.contents.project.user).toEqual({ guid: G(1), name: 'Ana Researcher' });
    // The positions are code points: cutting the text by code points gives the city.
    expect([...TEXT].slice(10, 15).join('')).toBe('Séoul');
  });

  it('has the structure the standard requires: namespace, required attributes, GUIDs, positions inside the text', () => {
    const xml = writeProjectXml(project, AT);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_n: string, _p: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute }).parse(xml);
    const p = doc.Project[0];
    expect(p['@xmlns']).toBe('urn:QDA-XML:project:1.0');
    const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
    const user = p.Users[0].User[0];
    expect(user['@guid']).toMatch(guid);
    const code = p.CodeBook[0].Codes[0].Code[0];
    expect([code['@guid'], code['@name'], code['@isCodable'], code['@color']]).toEqual([G(2), 'place', 'true', '#FFAA00']);
    expect(code.Description[0]).toBe('A city & its <region>');
    const src = p.Sources[0].TextSource[0];
    expect(src['@plainTextPath']).toBe(`internal://${G(3)}.txt`);
    const sel = src.PlainTextSelection[0];
    expect(sel['@guid']).toMatch(guid);
    const [start, end] = [Number(sel['@startPosition']), Number(sel['@endPosition'])];
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual([...TEXT].length);
    expect(sel.Coding[0]['@guid']).toMatch(guid);
    expect(sel.Coding[0].CodeRef[0]['@targetGUID']).toBe(G(2));
    expect(sel.NoteRef[0]['@targetGUID']).toBe(G(5));
    expect(p.Notes[0].Note[0].PlainTextContent[0]).toBe('Capital of the South');
  });

  // The schema (REFI, MIT licence) is not on npm; it is read from ../shared, or from REFI_QDA_XSD
  // (e.g. Project-mrt2019.xsd as QualCoder and other tools ship it).
  const emptyProject: QdaProject = { name: 'Empty', user: { guid: G(9), name: 'R' }, codes: [], sources: [], notes: [] };
  it.for([
    ['a coded project', project],
    ['an empty project', emptyProject],
  ] as const)('validates %s against the standard Project.xsd with xmllint when the schema is present', ([, p], ctx) => {
    const xsd = process.env['REFI_QDA_XSD'] ?? resolve(__dirname, '../../../../../shared/conformance/refi-qda/Project.xsd');
    if (!existsSync(xsd)) {
      ctx.skip(`missing ${xsd}: the REFI-QDA Project.xsd is not available offline (set REFI_QDA_XSD to a copy)`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'qde-'));
    try {
      writeFileSync(join(dir, 'project.qde'), writeProjectXml(p, AT));
      const run = spawnSync('xmllint', ['--noout', '--schema', xsd, join(dir, 'project.qde')], { encoding: 'utf8' });
      if (run.error) ctx.skip(`xmllint is not installed: ${run.error.message}`);
      expect(run.stderr).toContain('validates');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['not a zip', strToU8('hello'), 'not a REFI-QDA project'],
    ['a zip without project.qde', zipSync({ 'a.txt': strToU8('x') }), 'no project.qde'],
    ['a project.qde that is not XML', zipSync({ 'project.qde': strToU8('<Project><Users>') }), 'not well-formed'],
    ['an XML file without <Project>', zipSync({ 'project.qde': strToU8('<Other/>') }), 'no <Project>'],
  ])('refuses %s with a clear message', (_name, bytes, message) => {
    const r = unpackQdpx(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('refuses an archive whose entries declare more than the size cap (a zip bomb) before inflating it', () => {
    const zip = zipSync({ 'sources/a.txt': strToU8('small') });
    // The central directory entry (PK\x01\x02) holds the declared uncompressed size at offset 24: claim 2 GB.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.findIndex((b, i) => b === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2);
    view.setUint32(central + 24, 0x7fffffff, true);
    const r = unpackQdpx(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('more than 512 MB');
  });

  it('refuses an archive with more entries than the cap', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= 20_000; i++) files[`sources/${i}.txt`] = new Uint8Array(0);
    const r = unpackQdpx(zipSync(files, { level: 0 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('more than 20,000 files');
  });

  it('reports a source whose text is missing from the archive and keeps the rest', () => {
    const files = unzipSync(packQdpx(project, AT));
    const r = unpackQdpx(zipSync({ 'project.qde': files['project.qde']! }));
    if (!r.ok) throw new Error(r.error);
    expect(r.contents.texts.size).toBe(0);
    expect(r.contents.skipped.join()).toContain('"Article"');
    expect(strFromU8(files['project.qde']!)).toContain('plainTextPath="internal://'); 
  });
});
