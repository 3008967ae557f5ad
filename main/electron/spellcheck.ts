/**
 * Spell checking without the network. On Windows and Linux, Chromium's checker downloads Hunspell
 * dictionaries from Google's CDN the first time it is used, which breaks "no network at all"; macOS
 * uses the system's own checker and downloads nothing. So the checker is on for macOS only, and
 * elsewhere the download URL is also pointed at the app's own origin (which serves no dictionaries),
 * so that nothing reaches the network even if a language gets enabled.
 */
export interface SpellcheckPolicy {
  /** `webPreferences.spellcheck`. */
  readonly enabled: boolean;
  /** For `session.setSpellCheckerDictionaryDownloadURL`, or null when the platform downloads nothing. */
  readonly dictionaryDownloadUrl: string | null;
}

export function spellcheckPolicy(platform: NodeJS.Platform, appOrigin: string): SpellcheckPolicy {
  if (platform === 'darwin') return { enabled: true, dictionaryDownloadUrl: null };
  return { enabled: false, dictionaryDownloadUrl: `${appOrigin}/no-dictionaries/` };
}
