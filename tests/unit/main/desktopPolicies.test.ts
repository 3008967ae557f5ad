import { describe, expect, it } from 'vitest';
import { spellcheckPolicy } from '../../../main/electron/spellcheck';
import { isExternalLinkAllowed } from '../../../main/electron/externalLinks';
import { appPaths } from '../../../main/electron/appPaths';
import { aboutDetail, recoveryMessage } from '../../../main/electron/aboutInfo';
import { join } from 'node:path';

describe('spellcheckPolicy never downloads dictionaries', () => {
  it('uses the system checker on macOS, which downloads nothing', () => {
    expect(spellcheckPolicy('darwin', 'app://verbatim')).toEqual({ enabled: true, dictionaryDownloadUrl: null });
  });
  for (const platform of ['win32', 'linux'] as const) {
    it(`turns the Hunspell checker off on ${platform} and points its download at the app itself`, () => {
      expect(spellcheckPolicy(platform, 'app://verbatim')).toEqual({ enabled: false, dictionaryDownloadUrl: 'app://verbatim/no-dictionaries/' });
    });
  }
});

describe('isExternalLinkAllowed: only https links go to the system browser', () => {
  const rows: Array<[string, boolean]> = [
    ['https://gallica.bnf.fr/ark:/12148/bpt6k', true],
    ['http://example.org/', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['javascript:alert(1)', false],
    ['app://verbatim/index.html', false],
    ['https://user:pw@example.org/', false],
    ['not a url', false],
  ];
  for (const [url, allowed] of rows) it(`${allowed ? 'allows' : 'refuses'} ${url}`, () => expect(isExternalLinkAllowed(url)).toBe(allowed));
});

describe('appPaths', () => {
  it('finds the seeds as an extra resource next to app.asar when packaged', () => {
    const paths = appPaths({ isPackaged: true, resourcesPath: '/opt/Verbatim/resources', appPath: '/opt/Verbatim/resources/app.asar', mainDir: '/opt/Verbatim/resources/app.asar/out/main' });
    expect(paths.seedsDir).toBe(join('/opt/Verbatim/resources', 'seeds'));
    expect(paths.rendererDir).toBe(join('/opt/Verbatim/resources/app.asar/out', 'renderer'));
    expect(paths.preload).toBe(join('/opt/Verbatim/resources/app.asar/out', 'preload', 'index.js'));
  });
  it('finds the repo’s seeds folder in development', () => {
    expect(appPaths({ isPackaged: false, resourcesPath: '/x/node_modules/electron/dist/resources', appPath: '/repo', mainDir: '/repo/out/main' }).seedsDir).toBe(join('/repo', 'seeds'));
  });
});

describe('About and recovery texts', () => {
  it('lists version, Electron, Chromium and the data folder', () => {
    const text = aboutDetail({ appVersion: '0.1.0', versions: { electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0' }, dataDir: '/home/u/.config/Verbatim', platform: 'linux', arch: 'x64' });
    expect(text.split('\n')).toEqual(['Version 0.1.0', 'Electron 45.4.1', 'Chromium 142.0.7444.59', 'Node.js 22.20.0', 'linux x64', '', 'Data folder: /home/u/.config/Verbatim']);
  });
  it('offers Reload first after a crash, naming the reason', () => {
    const text = recoveryMessage({ kind: 'gone', reason: 'oom', exitCode: 133 });
    expect(text.buttons).toEqual(['Reload', 'Quit']);
    expect(text.detail).toContain('Reason: oom (exit code 133)');
  });
  it('offers Reload or Wait when the page hangs', () => {
    expect(recoveryMessage({ kind: 'unresponsive' }).buttons).toEqual(['Reload', 'Wait']);
  });
});
