import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, resolveAppRequest } from '../../../main/electron/appProtocol';

const root = join('/opt', 'Verbatim', 'out', 'renderer');

describe('resolveAppRequest serves only the renderer folder over app://', () => {
  it('maps the entry URL to index.html as HTML', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)).toEqual({ ok: true, file: join(root, 'index.html'), mime: 'text/html; charset=utf-8' });
  });
  it('maps the bare origin to index.html', () => {
    expect(resolveAppRequest('app://verbatim/', root)).toMatchObject({ ok: true, file: join(root, 'index.html') });
  });
  it('serves a module script with a JavaScript type (module scripts need one)', () => {
    expect(resolveAppRequest('app://verbatim/assets/index-abc.js?v=1', root)).toEqual({ ok: true, file: join(root, 'assets', 'index-abc.js'), mime: 'text/javascript; charset=utf-8' });
  });
  const refused: Array<{ name: string; url: string; status: number }> = [
    // The URL parser itself folds %2e%2e segments, so this one stays inside the folder.
    { name: 'an encoded dot-dot segment', url: 'app://verbatim/%2e%2e/%2e%2e/main/index.js', status: 200 },
    { name: 'an encoded slash traversal', url: 'app://verbatim/..%2f..%2f..%2fetc%2fpasswd', status: 403 },
    { name: 'an encoded backslash traversal', url: 'app://verbatim/..%5c..%5csecret', status: process.platform === 'win32' ? 403 : 200 },
    { name: 'a NUL byte', url: 'app://verbatim/index.html%00.png', status: 400 },
    { name: 'malformed percent-encoding', url: 'app://verbatim/%E0%A4%A', status: 400 },
    { name: 'another host', url: 'app://other/index.html', status: 404 },
    { name: 'another scheme', url: 'file:///etc/passwd', status: 404 },
  ];
  for (const row of refused) {
    it(`answers ${row.name} with ${row.status === 200 ? 'a file inside the folder' : row.status}`, () => {
      const result = resolveAppRequest(row.url, root);
      if (row.status === 200) expect(result.ok && result.file.startsWith(root)).toBe(true);
      else expect(result).toMatchObject({ ok: false, status: row.status });
    });
  }
});
