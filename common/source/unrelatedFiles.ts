/** What identifies a file to the notebook: the three keys `decideSource` looks it up by. */
export interface FileKeys {
  readonly hash: string;
  readonly path: string;
  readonly fileName: string;
}

/** Keys already in the notebook: version hashes, paths of versions and sources, source file names. */
export interface StoredKeys {
  readonly hashes: ReadonlySet<string>;
  readonly paths: ReadonlySet<string>;
  readonly fileNames: ReadonlySet<string>;
}

function counts(values: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const v of values) seen.set(v, (seen.get(v) ?? 0) + 1);
  return seen;
}

/**
 * The files of a batch that can only become new sources: their text, path and file name match
 * nothing stored and no other file of the batch. Their decision needs no lookup, and writing them
 * cannot change the decision for any other file (every lookup is by one of these keys), so they can
 * be written in bulk while the others are decided one by one. Indices into `files`, in order.
 */
export function unrelatedFiles(files: readonly FileKeys[], stored: StoredKeys): number[] {
  const hashes = counts(files.map((f) => f.hash));
  const paths = counts(files.map((f) => f.path));
  const names = counts(files.map((f) => f.fileName));
  const out: number[] = [];
  files.forEach((f, i) => {
    const alone = hashes.get(f.hash) === 1 && paths.get(f.path) === 1 && names.get(f.fileName) === 1;
    if (alone && !stored.hashes.has(f.hash) && !stored.paths.has(f.path) && !stored.fileNames.has(f.fileName)) out.push(i);
  });
  return out;
}
