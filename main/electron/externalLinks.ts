/**
 * Which links may be handed to the system browser (`shell.openExternal`): https only. `file:`, `smb:`
 * and custom schemes can start programs or leak credentials; plain `http:` is refused too, as the app
 * never needs it. Called only for a link the user opened, and the user still confirms.
 */
export function isExternalLinkAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
