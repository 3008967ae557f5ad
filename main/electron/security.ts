import { dialog, session, shell, type BrowserWindow, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { isExternalLinkAllowed } from './externalLinks';

export { CONTENT_SECURITY_POLICY };

export function applySessionSecurity(spellcheckDownloadUrl: string | null): void {
  // The app:// handler sends the CSP itself; this covers the dev server's responses.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // The app needs no camera, microphone, notifications or geolocation: refuse them all, and say so to checks.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No Hunspell download from Google's CDN (see spellcheck.ts).
  if (spellcheckDownloadUrl) session.defaultSession.setSpellCheckerDictionaryDownloadURL(spellcheckDownloadUrl);
}

/**
 * No navigation away from the app and no new windows. A link the user opens (click on a link in a
 * note asks for a new window) goes to the system browser only when it is https: and the user confirms.
 */
export function lockDownContents(win: BrowserWindow, isTrustedUrl: (url: string) => boolean, onRefused: (what: string) => void): void {
  const contents: WebContents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) {
      event.preventDefault();
      onRefused(`navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void confirmAndOpen(win, url);
    else onRefused(`new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

async function confirmAndOpen(win: BrowserWindow, url: string): Promise<void> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    message: 'Open this link in your web browser?',
    detail: url,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  if (response === 0) await shell.openExternal(url);
}
