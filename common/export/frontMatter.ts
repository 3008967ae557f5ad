/**
 * YAML front matter for an exported note. Strings are written as JSON strings, which YAML reads as
 * double-quoted scalars: no title can break the block or smuggle in a key.
 */
export interface NoteMeta {
  readonly title: string;
  readonly created: string;
  readonly updated: string;
  /** File names of the sources the note cites. */
  readonly sources: readonly string[];
}

export function frontMatter(meta: NoteMeta): string {
  const lines = ['---', `title: ${JSON.stringify(meta.title)}`, `created: ${JSON.stringify(meta.created)}`, `updated: ${JSON.stringify(meta.updated)}`];
  lines.push(meta.sources.length === 0 ? 'sources: []' : 'sources:');
  for (const s of meta.sources) lines.push(`  - ${JSON.stringify(s)}`);
  lines.push('---', '');
  return lines.join('\n');
}
