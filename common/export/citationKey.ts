/**
 * Citation keys for sources, as pandoc and BibTeX use them: `ouestfrance2024a`. Built from the outlet
 * (else the first author, else the title's first word) and the year, lowercased to ASCII letters, with
 * a letter for each source sharing that stem. Sources are taken in the order they entered the notebook,
 * so a source keeps its key when others are added after it.
 */
export interface KeyedSource {
  readonly id: string;
  readonly title: string;
  readonly importedAt: string;
  readonly year: string | null;
  readonly outlet?: string;
  readonly authors?: readonly string[];
}

function asciiWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);
}

function stemOf(s: KeyedSource): string {
  const base = [s.outlet, s.authors?.[0]?.split(/\s+/).at(-1), s.title.split(/\s+/).find((w) => asciiWord(w).length > 2)].map((t) => (t ? asciiWord(t) : '')).find((t) => t !== '') || 'source';
  // A key must start with a letter in BibTeX and pandoc alike.
  return `${/^[a-z]/.test(base) ? base : `s${base}`}${s.year ?? 'nd'}`;
}

const suffix = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : `${suffix(Math.floor(n / 26) - 1)}${String.fromCharCode(97 + (n % 26))}`);

/** Each source's key, by source id. */
export function citationKeys(sources: readonly KeyedSource[]): Map<string, string> {
  const ordered = [...sources].sort((a, b) => (a.importedAt === b.importedAt ? (a.id < b.id ? -1 : 1) : a.importedAt < b.importedAt ? -1 : 1));
  const used = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const s of ordered) {
    const stem = stemOf(s);
    const n = used.get(stem) ?? 0;
    used.set(stem, n + 1);
    keys.set(s.id, `${stem}${suffix(n)}`);
  }
  return keys;
}
