import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Chromium-family browser the end-to-end tests drive, on any developer's machine: `CHROMIUM_PATH`
 * when set, else the system's Chromium, Chrome or Edge where each system installs them, else
 * Playwright's own Chromium (`npx playwright install chromium`, where the network allows). Debian's
 * `/usr/bin/chromium` comes first on Linux, so CI keeps using it.
 */
export function chromiumCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((a) => `/Applications/${a}`), ...(env['HOME'] ? apps.map((a) => `${env['HOME']}/Applications/${a}`) : [])];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable'];
}

export type BrowserChoice = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

export function findChromium(options: {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists?: (path: string) => boolean;
  /** Where Playwright's own Chromium would be (`chromium.executablePath()`), if known. */
  playwrightChromium?: string | undefined;
}): BrowserChoice {
  const exists = options.exists ?? existsSync;
  const forced = options.env['CHROMIUM_PATH'];
  if (forced) return exists(forced) ? { ok: true, path: forced } : { ok: false, message: `CHROMIUM_PATH is set to ${forced}, which does not exist.` };
  const found = [...chromiumCandidates(options.platform, options.env), ...(options.playwrightChromium ? [options.playwrightChromium] : [])].find(exists);
  if (found) return { ok: true, path: found };
  return {
    ok: false,
    message: 'No Chrome, Chromium or Edge found for the end-to-end tests: install one, set CHROMIUM_PATH to it, or run "npx playwright install chromium" where the network allows.',
  };
}
