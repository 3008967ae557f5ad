import { describe, expect, it } from 'vitest';
import { checkRequest, safeDecode } from '../../../harness/requestGuard';

describe('checkRequest: only the harness’s own page may call it', () => {
  const rows = [
    { name: 'a POST from the harness page', req: { method: 'POST', host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' }, ok: true },
    { name: 'a POST from the harness page opened as localhost', req: { method: 'POST', host: 'localhost:5173', origin: 'http://localhost:5173' }, ok: true },
    { name: 'a page load without Origin', req: { method: 'GET', host: '127.0.0.1:5173', origin: undefined }, ok: true },
    { name: 'a POST from another local page', req: { method: 'POST', host: '127.0.0.1:5173', origin: 'http://127.0.0.1:8080' }, ok: false },
    { name: 'a POST from a web site', req: { method: 'POST', host: '127.0.0.1:5173', origin: 'https://evil.example' }, ok: false },
    { name: 'a POST from a sandboxed frame (Origin: null)', req: { method: 'POST', host: '127.0.0.1:5173', origin: 'null' }, ok: false },
    { name: 'a POST with no Origin (curl, another program)', req: { method: 'POST', host: '127.0.0.1:5173', origin: undefined }, ok: false },
    { name: 'a DNS-rebinding request (foreign Host)', req: { method: 'GET', host: 'evil.example:5173', origin: undefined }, ok: false },
    { name: 'a request without Host', req: { method: 'GET', host: undefined, origin: undefined }, ok: false },
  ];
  for (const row of rows) it(`${row.ok ? 'answers' : 'refuses'} ${row.name}`, () => expect(checkRequest(row.req, 5173).ok).toBe(row.ok));
});

describe('safeDecode', () => {
  it('decodes good escapes and answers null for a malformed one instead of throwing', () => {
    expect(safeDecode('/caf%C3%A9')).toBe('/café');
    expect(safeDecode('/%E0%A4%A')).toBeNull();
    expect(safeDecode('/%')).toBeNull();
  });
});
