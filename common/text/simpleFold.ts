/**
 * Case- and accent-insensitive form of a short string, for filtering lists as the user types
 * (not for offsets into sources: see the offset-keeping folding for that).
 */
export function simpleFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'ʼ`]/g, "'")
    .replace(/[\s\u00a0\u202f-]+/g, ' ')
    .toLowerCase();
}
