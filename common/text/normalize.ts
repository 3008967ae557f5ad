/**
 * The one normalization every stored source text goes through. It is deliberately minimal:
 * line endings to LF and Unicode NFC, nothing else. No trimming and no whitespace collapsing,
 * so that offsets into the stored text keep meaning exactly what the file said.
 */
export function normalizeSourceText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC');
}
