/** A catalog as i18next reads it: nested objects whose leaves are strings. */
export interface CatalogTree {
  readonly [key: string]: string | CatalogTree;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `a.b.c` → text. */
export function flattenCatalog(tree: CatalogTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenCatalog(value, path)) out.set(k, v);
  }
  return out;
}

/** The message a key belongs to: `passages_one` and `passages_other` are both `passages`. */
export function messageKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** The plural forms a key is written in (`one`, `other`…), empty for a key without plural. */
export function pluralForm(key: string): string | null {
  return PLURAL_SUFFIX.exec(key)?.[1] ?? null;
}

/** The `{{name}}` placeholders of a message, sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();
}
