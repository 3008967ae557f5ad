import { describe, expect, it } from 'vitest';
import { isTrustedUrl } from '../../../main/electron/trustedUrl';

describe('isTrustedUrl compares origins exactly', () => {
  const rows: Array<{ name: string; url: string; app: string; trusted: boolean }> = [
    { name: 'the app page', url: 'app://verbatim/index.html', app: 'app://verbatim', trusted: true },
    { name: 'the app page with a hash', url: 'app://verbatim/index.html#/notes/3', app: 'app://verbatim', trusted: true },
    { name: 'another host on the app scheme', url: 'app://evil/index.html', app: 'app://verbatim', trusted: false },
    { name: 'a file URL', url: 'file:///home/u/out/renderer/index.html', app: 'app://verbatim', trusted: false },
    { name: 'the dev server', url: 'http://localhost:5173/src/main.tsx', app: 'http://localhost:5173', trusted: true },
    { name: 'a host that merely starts like the dev server', url: 'http://localhost:5173.evil.example/', app: 'http://localhost:5173', trusted: false },
    { name: 'a port that merely starts like the dev server’s', url: 'http://localhost:51730/', app: 'http://localhost:5173', trusted: false },
    { name: 'the dev server hidden behind credentials', url: 'http://localhost:5173@evil.example/', app: 'http://localhost:5173', trusted: false },
    { name: 'credentials on the app origin itself', url: 'http://user:pw@localhost:5173/', app: 'http://localhost:5173', trusted: false },
    { name: 'https instead of http', url: 'https://localhost:5173/', app: 'http://localhost:5173', trusted: false },
    { name: 'an empty URL (a frame that is gone)', url: '', app: 'app://verbatim', trusted: false },
    { name: 'not a URL', url: 'index.html', app: 'app://verbatim', trusted: false },
    { name: 'about:blank', url: 'about:blank', app: 'app://verbatim', trusted: false },
  ];
  for (const row of rows) it(`${row.trusted ? 'trusts' : 'refuses'} ${row.name}`, () => expect(isTrustedUrl(row.url, row.app)).toBe(row.trusted));
});
