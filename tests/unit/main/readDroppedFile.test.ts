import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/createHandlers';
import { dispatch } from '../../../main/ipc/handlerTable';
import { createHarnessDialogs } from '../../../harness/harnessDialogs';
import { REPO_ROOT, SEEDS_DIR } from '../../support/paths';

const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-drop-'));
const table = createHandlers({ seedsDir: SEEDS_DIR, dataDir, dialogs: createHarnessDialogs(dataDir) });
const DROP = '2026-11-30T12:00:00.000Z';
const base64 = (text: string) => Buffer.from(text).toString('base64');

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('readDroppedFile', { timeout: 60_000 }, () => {
  it('parses a dropped file from its bytes, its identity the drop and its place in it', async () => {
    const pdf = readFileSync(join(REPO_ROOT, 'tests/fixtures/formats/two-pages.pdf')).toString('base64');
    const result = await dispatch(table, 'readDroppedFile', { dropId: DROP, relativePath: 'dossier/two-pages.pdf', base64: pdf });
    expect(result).toMatchObject({ ok: true, value: { origin: 'files', failures: [], sources: [{ fileName: 'two-pages.pdf', path: `dropped ${DROP}/dossier/two-pages.pdf`, format: 'pdf', pageStarts: [0, 178] /* page 1 is 176 code points, then a blank line */ }] } });
  });

  it('reports a dropped file that cannot be a source, as a failure of the batch', async () => {
    expect(await dispatch(table, 'readDroppedFile', { dropId: DROP, relativePath: 'broken.pdf', base64: base64('%PDF-1.4 nothing') })).toEqual({
      ok: true,
      value: { origin: 'files', sources: [], failures: [{ fileName: 'broken.pdf', reason: 'the file is not a readable PDF (it is damaged or not a PDF)' }] },
    });
  });

  const refusals = [
    { name: 'a path that climbs out', arg: { dropId: DROP, relativePath: '../etc/passwd', base64: base64('x') } },
    { name: 'an absolute path', arg: { dropId: DROP, relativePath: '/etc/passwd', base64: base64('x') } },
    { name: 'a drop id that is not a time', arg: { dropId: 'anything', relativePath: 'a.txt', base64: base64('x') } },
    { name: 'bytes that are not base64', arg: { dropId: DROP, relativePath: 'a.txt', base64: 'not base64!' } },
    { name: 'an extra field', arg: { dropId: DROP, relativePath: 'a.txt', base64: base64('x'), path: '/etc/passwd' } },
  ];
  for (const row of refusals) {
    it(`refuses ${row.name} before reading anything`, async () => {
      const result = await dispatch(table, 'readDroppedFile', row.arg);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Invalid argument for readDroppedFile/) });
    });
  }
});
