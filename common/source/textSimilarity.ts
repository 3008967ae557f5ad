/** Words as the similarity measure sees them: letters and digits, case folded. */
function words(text: string): string[] {
  return text.toLocaleLowerCase('fr').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `size` consecutive words (the whole text when it is shorter). */
export function wordShingles(text: string, size = 3): Set<string> {
  const list = words(text);
  if (list.length === 0) return new Set();
  if (list.length < size) return new Set([list.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) out.add(list.slice(i, i + size).join(' '));
  return out;
}

/**
 * Jaccard similarity of the word 3-shingles of two texts: 1 for the same words in the same order,
 * 0 for nothing in common. Cheap, and blind to white space and case, which is what "is this file a
 * new version of that one?" needs: an edited article keeps most of its three-word runs, another
 * article on the same subject shares almost none.
 */
export function textSimilarity(a: string, b: string): number {
  const sa = wordShingles(a);
  const sb = wordShingles(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/**
 * From this similarity on, a file with a taken name (in another folder) may be a new version of
 * that source, and the user is asked. The seeds, five articles on one subject, score at most 0.02
 * against each other; an article with a paragraph added or a few sentences reworded stays above 0.5.
 */
export const SIMILAR_TEXT = 0.2;
