/**
 * File names for exported notes that are safe on Windows, macOS and Linux, never leave the folder they
 * are written to, and never collide with a name already taken there.
 */

/** Bytes of UTF-8 allowed before `.md` (suffix included): well under every file system's 255. */
export const MAX_NAME_BYTES = 120;

// Windows opens a device, not a file, for these names, whatever the extension (CON.md, con.txt.md)
// and with spaces before the dot. Superscript digits count too; CONIN$/CONOUT$ since Windows 10.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Illegal in Windows names ('/' and '\' are also separators everywhere: no name may hold a path),
// control characters (C0, DEL, C1), and bidirectional controls, which can make "evil‮dm.exe" look
// like another name in a file manager.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A lone surrogate is not a character: file systems store it as U+FFFD or refuse the name.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

/** The longest prefix of `name` within `max` UTF-8 bytes, cut between code points (never inside a pair). */
function cutToBytes(name: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const size = byteLength(ch);
    if (bytes + size > max) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/** Windows drops dots and spaces at the end of a name; a leading dot hides a file on macOS and Linux. */
const trimEnds = (s: string) => s.replace(/^[.\s]+|[.\s]+$/g, '');

function cleanStem(title: string): string {
  const cleaned = trimEnds(title.replace(LONE_SURROGATE, '').normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' '));
  const first = cleaned.split('.')[0]!.trimEnd();
  // "CON" → "CON_", "con.txt" → "con_.txt": the part before the first dot is what Windows checks.
  return RESERVED.test(first) ? `${first}_${cleaned.slice(first.length).trimStart()}` : cleaned;
}

/** How two names compare on Windows and macOS (case-insensitive, macOS also normalization-insensitive). */
const fold = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * A file name (with `.md`) for a note titled `title`, not equal to any name in `taken` ignoring case;
 * the name is added to `taken`. Pass the names already in the folder so nothing is overwritten.
 */
export function safeNoteFileName(title: string, taken: Set<string>): string {
  const stem = cleanStem(title) || 'Untitled';
  const folded = new Set([...taken].map(fold));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    // Cut after cleaning, and again keep the end clean: the cut may leave a trailing dot or space.
    const cut = trimEnds(cutToBytes(stem, MAX_NAME_BYTES - byteLength(suffix))) || 'Untitled';
    const name = `${cut}${suffix}.md`;
    if (!folded.has(fold(name))) {
      taken.add(name);
      return name;
    }
  }
}
