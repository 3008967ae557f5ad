import { describe, expect, it } from 'vitest';
import { senderRefusal } from '../../../main/electron/senderPolicy';

const own = new Set([7]);
describe('senderRefusal: IPC must come from our window’s main frame showing our page', () => {
  const rows = [
    { name: 'our window’s main frame on the app page', sender: { webContentsId: 7, isMainFrame: true, url: 'app://verbatim/index.html' }, refusal: null },
    { name: 'another WebContents', sender: { webContentsId: 8, isMainFrame: true, url: 'app://verbatim/index.html' }, refusal: 'call from a window that is not the app’s' },
    { name: 'an iframe inside our window', sender: { webContentsId: 7, isMainFrame: false, url: 'app://verbatim/index.html' }, refusal: 'call from a sub-frame' },
    { name: 'our window navigated to another site', sender: { webContentsId: 7, isMainFrame: true, url: 'https://evil.example/' }, refusal: 'call from an untrusted page' },
    { name: 'a frame that is gone (empty URL)', sender: { webContentsId: 7, isMainFrame: true, url: '' }, refusal: 'call from an untrusted page' },
  ];
  for (const row of rows) it(`${row.refusal ? 'refuses' : 'serves'} ${row.name}`, () => expect(senderRefusal(row.sender, own, 'app://verbatim')).toBe(row.refusal));
});
