/**
 * File names for exported notes that are safe on Windows, macOS and Linux, never escape the folder,
 * and never collide (case-insensitively, as on Windows and macOS) with names already taken.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Illegal on Windows (and '/' everywhere), plus control characters.
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Room for the name before `.md` and a ` (99)` suffix: 120 bytes keeps well under every limit (255). */
export const MAX_NAME_BYTES = 120;

function cutToBytes(name: string, max: number): string {
  const encoder = new TextEncoder();
  let out = '';
  for (const ch of name) {
    // By code point: an emoji is never cut in half.
    if (encoder.encode(out + ch).length > max) break;
    out += ch;
  }
  return out;
}

export function safeNoteFileName(title: string, taken: Set<string>): string {
  let stem = title.normalize('NFC').replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim();
  // Dots and spaces at the ends vanish on Windows; a name of dots is "." or "..".
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  stem = cutToBytes(stem, MAX_NAME_BYTES).replace(/[.\s]+$/g, '');
  if (stem === '') stem = 'Untitled';
  if (RESERVED.test(stem.split('.')[0] ?? '')) stem = `${stem}_`;
  let name = `${stem}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}
