import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../tools/browser/findChromium';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findChromium finds a browser on any developer machine', () => {
  it('uses Debian’s Chromium first on Linux (CI)', () => {
    expect(findChromium({ platform: 'linux', env: {}, exists: only('/usr/bin/chromium', '/usr/bin/google-chrome') })).toEqual({ ok: true, path: '/usr/bin/chromium' });
  });
  it('finds Chrome on Linux without Chromium', () => {
    expect(findChromium({ platform: 'linux', env: {}, exists: only('/usr/bin/google-chrome-stable') })).toEqual({ ok: true, path: '/usr/bin/google-chrome-stable' });
  });
  it('finds Chrome in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ platform: 'darwin', env: { HOME: '/Users/a' }, exists: only(chrome) })).toEqual({ ok: true, path: chrome });
  });
  it('finds Edge on Windows when Chrome is absent', () => {
    const edge = join('C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe');
    expect(findChromium({ platform: 'win32', env: { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, exists: only(edge) })).toEqual({ ok: true, path: edge });
  });
  it('falls back to Playwright’s own Chromium', () => {
    const own = '/home/a/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
    expect(findChromium({ platform: 'linux', env: {}, exists: only(own), playwrightChromium: own })).toEqual({ ok: true, path: own });
  });
  it('honours CHROMIUM_PATH, and says so when it points nowhere', () => {
    expect(findChromium({ platform: 'linux', env: { CHROMIUM_PATH: '/opt/c/chrome' }, exists: only('/opt/c/chrome', '/usr/bin/chromium') })).toEqual({ ok: true, path: '/opt/c/chrome' });
    expect(findChromium({ platform: 'linux', env: { CHROMIUM_PATH: '/nope' }, exists: only('/usr/bin/chromium') })).toEqual({ ok: false, message: 'CHROMIUM_PATH is set to /nope, which does not exist.' });
  });
  it('stops with one line naming what is missing and how to get it', () => {
    const result = findChromium({ platform: 'darwin', env: {}, exists: () => false, playwrightChromium: '/x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).not.toContain('\n');
      expect(result.message).toContain('npx playwright install chromium');
    }
  });
});
