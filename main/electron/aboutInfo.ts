/** The About dialog's text, from the versions Electron reports (`process.versions`) and the data folder. */
export function aboutDetail(info: { appVersion: string; versions: Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>; dataDir: string; platform: string; arch: string }): string {
  return [
    `Version ${info.appVersion}`,
    `Electron ${info.versions.electron ?? '?'}`,
    `Chromium ${info.versions.chrome ?? '?'}`,
    `Node.js ${info.versions.node ?? '?'}`,
    `${info.platform} ${info.arch}`,
    '',
    `Data folder: ${info.dataDir}`,
  ].join('\n');
}

/** What the recovery prompt says after the page crashed or stopped answering. */
export function recoveryMessage(what: { kind: 'gone'; reason: string; exitCode: number } | { kind: 'unresponsive' }): { message: string; detail: string; buttons: [string, string] } {
  if (what.kind === 'unresponsive') {
    return {
      message: 'Verbatim is not responding.',
      detail: 'You can wait, or reload the window. Saved notes and sources are kept; text typed in the last moments is restored from the draft journal when possible.',
      buttons: ['Reload', 'Wait'],
    };
  }
  return {
    message: 'The Verbatim window stopped unexpectedly.',
    detail: `Reason: ${what.reason} (exit code ${what.exitCode}). Reloading keeps everything that was saved; the error is in the log folder.`,
    buttons: ['Reload', 'Quit'],
  };
}
