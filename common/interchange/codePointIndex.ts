/**
 * Code-point offsets ↔ string indices for one text, answered in constant time after one pass: an
 * import or export of 10,000 passages would otherwise walk the text from its start for each offset.
 */
export interface CodePointIndex {
  /** Code points in the text. */
  readonly length: number;
  toStrIndex(cp: number): number | null;
  toCodePoint(index: number): number;
}

export function codePointIndex(text: string): CodePointIndex {
  // Most texts have no astral character: both counts are then the same.
  if (!/[\ud800-\udfff]/.test(text)) {
    return { length: text.length, toStrIndex: (cp) => (Number.isInteger(cp) && cp >= 0 && cp <= text.length ? cp : null), toCodePoint: (i) => i };
  }
  const starts: number[] = [];
  const cpAt = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    cpAt[i] = cp;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // An index inside a pair counts the pair as started, as toCodePointOffset does.
      cpAt[i + 1] = cp + 1;
      i++;
    }
    cp++;
  }
  starts.push(text.length);
  cpAt[text.length] = cp;
  return {
    length: cp,
    toStrIndex: (n) => (Number.isInteger(n) && n >= 0 && n <= cp ? starts[n]! : null),
    toCodePoint: (i) => cpAt[Math.max(0, Math.min(text.length, i))]!,
  };
}
