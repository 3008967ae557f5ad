/** The most files one readPickedTextFiles call may name (main refuses more). */
export const MAX_PICKED_SLICE = 500;

/**
 * Cuts picked files into slices read in one call each: at most `maxFiles` files and, past the
 * first file, at most `maxBytes` together. Many small files cost few round trips; large files still
 * come a few at a time, so progress moves and a cancel is heard soon. Order is kept.
 */
export function readSlices<T extends { readonly byteSize: number }>(files: readonly T[], maxBytes: number, maxFiles: number): T[][] {
  const slices: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= maxFiles || bytes + file.byteSize > maxBytes)) {
      slices.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.byteSize;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}
